#include "report/reportcanvas.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>

namespace funnelcast::ui {

namespace {

// Page geometry in points.
constexpr double kMarginLeft = 54.0;
constexpr double kMarginRight = 54.0;
constexpr double kMarginTop = 70.0;
constexpr double kMarginBottom = 64.0;
constexpr double kHeaderBaseline = 40.0;
constexpr double kFooterOffset = 34.0; // footer baseline above the page bottom

} // namespace

ReportCanvas::ReportCanvas(QPaintDevice *device, const QPageLayout &layout, const ReportStyle &style)
    : m_device(device), m_layout(layout), m_style(style)
{
}

ReportCanvas::~ReportCanvas()
{
    if (m_painter.isActive())
        m_painter.end();
}

bool ReportCanvas::begin()
{
    if (!m_painter.begin(m_device))
        return false;
    m_scale = m_device->logicalDpiX() / 72.0;
    m_painter.scale(m_scale, m_scale);
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.setRenderHint(QPainter::TextAntialiasing, true);
    const QSizeF size = m_layout.paintRect(QPageLayout::Point).size();
    m_page = QRectF(QPointF(0, 0), size);
    m_body = QRectF(kMarginLeft, kMarginTop, size.width() - kMarginLeft - kMarginRight,
                    size.height() - kMarginTop - kMarginBottom);
    m_y = m_body.top();
    m_pageNumber = 1;
    if (!m_cover)
        decoratePage();
    return true;
}

void ReportCanvas::end()
{
    if (m_painter.isActive())
        m_painter.end();
}

QFont ReportCanvas::font(double points, QFont::Weight weight) const
{
    QFont f;
    f.setFamilies(m_style.families);
    // The painter is scaled by m_scale, and a point size is already device-relative, so the
    // size is divided once to land on `points` on paper.
    f.setPointSizeF(points / m_scale);
    f.setWeight(weight);
    // Unhinted metrics are the ones the PDF engine draws with, so measured widths hold.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

double ReportCanvas::textWidth(const QFont &font, const QString &text) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text);
}

double ReportCanvas::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).height();
}

double ReportCanvas::ascent(const QFont &font) const
{
    return QFontMetricsF(font, m_device).ascent();
}

double ReportCanvas::wrappedHeight(const QFont &font, const QString &text, double width) const
{
    const QRectF bounds = QFontMetricsF(font, m_device)
                              .boundingRect(QRectF(0, 0, width, 1e6),
                                            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    return bounds.height();
}

void ReportCanvas::newPage()
{
    // The page counter has no pages to turn; it only counts.
    if (auto *paged = dynamic_cast<QPagedPaintDevice *>(m_device))
        paged->newPage();
    ++m_pageNumber;
    m_cover = false;
    m_y = m_body.top();
    decoratePage();
}

bool ReportCanvas::ensureSpace(double height)
{
    if (height <= spaceLeft() || atTopOfPage())
        return false;
    newPage();
    return true;
}

void ReportCanvas::decoratePage()
{
    const QFont small = font(m_style.smallSize);
    const double headerTop = kHeaderBaseline - ascent(small);
    const double lh = lineHeight(small);
    const QRectF header(m_body.left(), headerTop, m_body.width(), lh);
    drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_headerLeft, small, m_style.muted);
    drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_section, small, m_style.muted);
    m_painter.setPen(QPen(m_style.rule, 0.6));
    m_painter.drawLine(QPointF(m_body.left(), headerTop + lh + 4),
                       QPointF(m_body.right(), headerTop + lh + 4));

    const double footerTop = m_page.height() - kFooterOffset - ascent(small);
    const QRectF footer(m_body.left(), footerTop, m_body.width(), lh);
    m_painter.drawLine(QPointF(m_body.left(), footerTop - 5), QPointF(m_body.right(), footerTop - 5));
    drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footerLeft, small, m_style.muted);
    const QString pageText = m_totalPages > 0
                                 ? m_pageLabel.arg(m_pageNumber).arg(m_totalPages)
                                 : m_pageLabel.arg(m_pageNumber).arg(QStringLiteral("-"));
    drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pageText, small, m_style.muted);
}

void ReportCanvas::heading(const QString &text, double keepWithNext)
{
    const QFont f = font(m_style.h1Size, QFont::Bold);
    const double h = lineHeight(f);
    if (!atTopOfPage())
        m_y += 14;
    setSection(text);
    // Set first so that a page break here puts this section's name in the running header.
    ensureSpace(h + 10 + keepWithNext);
    m_painter.setPen(QPen(m_style.accent, 2.0));
    m_painter.drawLine(QPointF(left(), m_y), QPointF(left() + 36, m_y));
    m_y += 6;
    drawText(QRectF(left(), m_y, width(), h), Qt::AlignLeft | Qt::AlignVCenter, text, f,
             m_style.ink);
    m_y += h + 8;
}

void ReportCanvas::subheading(const QString &text, double keepWithNext)
{
    const QFont f = font(m_style.h2Size, QFont::DemiBold);
    const double h = lineHeight(f);
    if (!atTopOfPage())
        m_y += 8;
    ensureSpace(h + 6 + keepWithNext);
    drawText(QRectF(left(), m_y, width(), h), Qt::AlignLeft | Qt::AlignVCenter, text, f,
             m_style.accent);
    m_y += h + 5;
}

void ReportCanvas::paragraph(const QString &text, const QColor &color, double size)
{
    const QFont f = font(size > 0 ? size : m_style.bodySize);
    const double h = wrappedHeight(f, text, width());
    ensureSpace(h);
    drawText(QRectF(left(), m_y, width(), h + 2), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
             text, f, color.isValid() ? color : m_style.ink);
    m_y += h + 0.45 * lineHeight(f);
}

void ReportCanvas::note(const QString &text)
{
    paragraph(text, m_style.muted, m_style.smallSize);
}

void ReportCanvas::drawText(const QRectF &rect, int flags, const QString &text, const QFont &font,
                            const QColor &color)
{
    m_painter.setFont(font);
    m_painter.setPen(color);
    m_painter.drawText(rect, flags, text);
}

} // namespace funnelcast::ui
