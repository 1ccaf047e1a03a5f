#pragma once

#include "report/reportstyle.h"

#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QRectF>
#include <QString>

class QPaintDevice;

namespace funnelcast::ui {

// The page flow of the report: a painter scaled so that one unit is one point on any device
// (QPdfWriter, a QPrinter in print preview), a text cursor `y` going down the body of the
// page, and page breaks that draw the running header (plan and section) and the footer
// (page n of N). Everything the builder draws goes through here or through its painter.
class ReportCanvas
{
public:
    // `device` is a QPagedPaintDevice (PDF, printer) or a ReportPageCounter; `layout` its page.
    ReportCanvas(QPaintDevice *device, const QPageLayout &layout, const ReportStyle &style);
    ~ReportCanvas();
    ReportCanvas(const ReportCanvas &) = delete;
    ReportCanvas &operator=(const ReportCanvas &) = delete;

    // False when the device cannot be painted on (for example an unwritable printer file).
    bool begin();
    void end();

    QPainter &painter() { return m_painter; }
    const ReportStyle &style() const { return m_style; }

    // A font of the report's families at `points` on this device.
    QFont font(double points, QFont::Weight weight = QFont::Normal) const;
    double textWidth(const QFont &font, const QString &text) const;
    double lineHeight(const QFont &font) const;
    double ascent(const QFont &font) const;
    // Height of `text` wrapped into `width`.
    double wrappedHeight(const QFont &font, const QString &text, double width) const;

    QRectF pageRect() const { return m_page; }
    QRectF bodyRect() const { return m_body; }
    double left() const { return m_body.left(); }
    double width() const { return m_body.width(); }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    void advance(double dy) { m_y += dy; }
    double spaceLeft() const { return m_body.bottom() - m_y; }
    bool atTopOfPage() const { return m_y <= m_body.top() + 0.5; }

    int pageNumber() const { return m_pageNumber; }
    void setTotalPages(int pages) { m_totalPages = pages; }
    void setRunningHeader(const QString &left) { m_headerLeft = left; }
    void setFooterLeft(const QString &text) { m_footerLeft = text; }
    void setPageLabel(const QString &format) { m_pageLabel = format; } // "Page %1 of %2"
    void setSection(const QString &section) { m_section = section; }

    // Starts a new page with header and footer.
    void newPage();
    // Starts a new page unless `height` points still fit; true when it broke the page.
    bool ensureSpace(double height);
    // The cover is drawn on the first page without running header or footer.
    void setCoverPage(bool cover) { m_cover = cover; }

    // Flowing text: headings keep `keepWithNext` points of room below them.
    void heading(const QString &text, double keepWithNext = 160.0);
    void subheading(const QString &text, double keepWithNext = 90.0);
    void paragraph(const QString &text, const QColor &color = QColor(), double size = 0.0);
    void note(const QString &text); // small muted text

    void drawText(const QRectF &rect, int flags, const QString &text, const QFont &font,
                  const QColor &color);

private:
    void decoratePage();

    QPaintDevice *m_device;
    QPageLayout m_layout;
    ReportStyle m_style;
    QPainter m_painter;
    double m_scale = 1.0; // device dots per point
    QRectF m_page;
    QRectF m_body;
    double m_y = 0.0;
    int m_pageNumber = 1;
    int m_totalPages = 0;
    bool m_cover = false;
    QString m_headerLeft;
    QString m_footerLeft;
    QString m_pageLabel = QStringLiteral("%1 / %2");
    QString m_section;
};

} // namespace funnelcast::ui
