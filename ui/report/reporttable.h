#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace funnelcast::ui {

class ReportCanvas;

// A table that flows over pages: rows that do not fit start a new page, which repeats the
// header row (with "(continued)" after the caption). Rules in the book style: a heavy rule
// above and below, a light one under the header, light zebra stripes, totals in bold.
class ReportTable
{
public:
    enum class Align { Left, Right, Center };
    enum class RowStyle { Normal, Total, Group };

    struct Column
    {
        QString title;
        double weight = 1.0; // share of the table width
        Align align = Align::Left;
    };

    explicit ReportTable(std::vector<Column> columns);

    void addRow(const QStringList &cells, RowStyle style = RowStyle::Normal);
    bool isEmpty() const { return m_rows.empty(); }
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    // Shown above the header on a continuation page, e.g. "Assumptions (continued)".
    void setContinuedCaption(const QString &caption) { m_continued = caption; }
    void setFontSize(double points) { m_fontSize = points; }

    // Draws at the canvas cursor and advances it.
    void draw(ReportCanvas &canvas) const;

private:
    struct Row
    {
        QStringList cells;
        RowStyle style = RowStyle::Normal;
    };

    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
    QString m_continued;
    double m_fontSize = 0.0;
};

} // namespace funnelcast::ui
