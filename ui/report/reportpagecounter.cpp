#include "report/reportpagecounter.h"

#include <QPaintEngine>

#include <cmath>

namespace funnelcast::ui {

// Accepts every drawing call and does nothing. Text is dropped before QPaintEngine's default
// would turn it into paths.
class ReportNullEngine : public QPaintEngine
{
public:
    ReportNullEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
    void drawTextItem(const QPointF &, const QTextItem &) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
    void drawRects(const QRectF *, int) override {}
    void drawRects(const QRect *, int) override {}
    void drawLines(const QLineF *, int) override {}
    void drawLines(const QLine *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawPoints(const QPointF *, int) override {}
    Type type() const override { return QPaintEngine::User; }
};

ReportPageCounter::ReportPageCounter(const QPageLayout &layout, int resolution)
    : m_layout(layout), m_resolution(resolution), m_engine(std::make_unique<ReportNullEngine>())
{
}

ReportPageCounter::~ReportPageCounter() = default;

QPaintEngine *ReportPageCounter::paintEngine() const
{
    return m_engine.get();
}

int ReportPageCounter::metric(PaintDeviceMetric metric) const
{
    const QSizeF points = m_layout.paintRect(QPageLayout::Point).size();
    const QSizeF millimetres = m_layout.paintRect(QPageLayout::Millimeter).size();
    switch (metric) {
    case PdmWidth:
        return static_cast<int>(std::lround(points.width() * m_resolution / 72.0));
    case PdmHeight:
        return static_cast<int>(std::lround(points.height() * m_resolution / 72.0));
    case PdmWidthMM:
        return static_cast<int>(std::lround(millimetres.width()));
    case PdmHeightMM:
        return static_cast<int>(std::lround(millimetres.height()));
    case PdmNumColors:
        return 0x7fffffff;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_resolution;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return static_cast<int>(devicePixelRatioFScale());
    }
    return 0;
}

} // namespace funnelcast::ui
