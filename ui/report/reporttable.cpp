#include "report/reporttable.h"

#include "report/reportcanvas.h"

#include <algorithm>

namespace funnelcast::ui {

namespace {

constexpr double kCellPadX = 4.0;
constexpr double kCellPadY = 2.6;

int alignFlags(ReportTable::Align align)
{
    switch (align) {
    case ReportTable::Align::Right:
        return Qt::AlignRight | Qt::AlignVCenter;
    case ReportTable::Align::Center:
        return Qt::AlignHCenter | Qt::AlignVCenter;
    case ReportTable::Align::Left:
        break;
    }
    return Qt::AlignLeft | Qt::AlignVCenter;
}

} // namespace

ReportTable::ReportTable(std::vector<Column> columns) : m_columns(std::move(columns)) {}

void ReportTable::addRow(const QStringList &cells, RowStyle style)
{
    m_rows.push_back({cells, style});
}

void ReportTable::draw(ReportCanvas &canvas) const
{
    const ReportStyle &style = canvas.style();
    const double size = m_fontSize > 0 ? m_fontSize : style.tableSize;
    const QFont body = canvas.font(size);
    const QFont bold = canvas.font(size, QFont::DemiBold);
    const QFont headerFont = canvas.font(size - 0.3, QFont::DemiBold);
    QPainter &p = canvas.painter();

    double totalWeight = 0.0;
    for (const Column &c : m_columns)
        totalWeight += c.weight;
    std::vector<double> x;
    std::vector<double> w;
    double at = canvas.left();
    for (const Column &c : m_columns) {
        x.push_back(at);
        w.push_back(canvas.width() * c.weight / totalWeight);
        at += w.back();
    }
    const double right = canvas.left() + canvas.width();

    auto cellHeight = [&](const QStringList &cells, const QFont &font) {
        double h = canvas.lineHeight(font);
        for (int i = 0; i < cells.size() && i < static_cast<int>(w.size()); ++i)
            h = std::max(h, canvas.wrappedHeight(font, cells[i], w[i] - 2 * kCellPadX));
        return h + 2 * kCellPadY;
    };
    QStringList titles;
    for (const Column &c : m_columns)
        titles << c.title;
    const double headerHeight = cellHeight(titles, headerFont);

    auto drawHeader = [&](bool continued) {
        if (continued && !m_continued.isEmpty()) {
            const QFont cf = canvas.font(style.smallSize);
            const double lh = canvas.lineHeight(cf);
            canvas.drawText(QRectF(canvas.left(), canvas.y(), canvas.width(), lh),
                            Qt::AlignLeft | Qt::AlignVCenter, m_continued, cf, style.muted);
            canvas.advance(lh + 3);
        }
        const double top = canvas.y();
        p.setPen(QPen(style.ink, 1.0));
        p.drawLine(QPointF(canvas.left(), top), QPointF(right, top));
        for (size_t i = 0; i < m_columns.size(); ++i) {
            canvas.drawText(QRectF(x[i] + kCellPadX, top, w[i] - 2 * kCellPadX, headerHeight),
                            alignFlags(m_columns[i].align) | Qt::TextWordWrap, m_columns[i].title,
                            headerFont, style.muted);
        }
        p.setPen(QPen(style.ink, 0.5));
        p.drawLine(QPointF(canvas.left(), top + headerHeight),
                   QPointF(right, top + headerHeight));
        canvas.advance(headerHeight);
    };

    // Keep the header with at least its first row (and a few more when there are).
    const double firstRows = m_rows.empty() ? 0.0 : cellHeight(m_rows.front().cells, body) * std::min<size_t>(3, m_rows.size());
    canvas.ensureSpace(headerHeight + firstRows + 2);
    drawHeader(false);

    int stripe = 0;
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        const QFont &font = row.style == RowStyle::Normal ? body : bold;
        const double h = cellHeight(row.cells, font);
        if (h > canvas.spaceLeft()) {
            // Close the page's part of the table, then repeat the header on the next page.
            p.setPen(QPen(style.ink, 1.0));
            p.drawLine(QPointF(canvas.left(), canvas.y()), QPointF(right, canvas.y()));
            canvas.newPage();
            drawHeader(true);
            stripe = 0;
        }
        const double top = canvas.y();
        if (row.style == RowStyle::Group) {
            p.fillRect(QRectF(canvas.left(), top, canvas.width(), h), style.accentLight);
            stripe = 0;
        } else if (row.style == RowStyle::Total) {
            p.setPen(QPen(style.ink, 0.5));
            p.drawLine(QPointF(canvas.left(), top), QPointF(right, top));
        } else if (stripe++ % 2 == 1) {
            p.fillRect(QRectF(canvas.left(), top, canvas.width(), h), style.zebra);
        }
        if (row.style == RowStyle::Group && !row.cells.isEmpty()) {
            // A group row names what follows across the whole width.
            canvas.drawText(QRectF(canvas.left() + kCellPadX, top, canvas.width() - 2 * kCellPadX, h),
                            Qt::AlignLeft | Qt::AlignVCenter, row.cells.front(), font, style.accent);
            canvas.advance(h);
            continue;
        }
        for (int i = 0; i < row.cells.size() && i < static_cast<int>(m_columns.size()); ++i) {
            canvas.drawText(QRectF(x[i] + kCellPadX, top, w[i] - 2 * kCellPadX, h),
                            alignFlags(m_columns[i].align) | Qt::TextWordWrap, row.cells[i], font,
                            style.ink);
        }
        canvas.advance(h);
    }
    p.setPen(QPen(style.ink, 1.0));
    p.drawLine(QPointF(canvas.left(), canvas.y()), QPointF(right, canvas.y()));
    canvas.advance(10);
}

} // namespace funnelcast::ui
