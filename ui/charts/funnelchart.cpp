#include "charts/funnelchart.h"

#include "charts/chartstyle.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace funnelcast::ui {

namespace {

double sum(const std::vector<double> &values)
{
    double s = 0.0;
    for (double v : values)
        s += v;
    return s;
}

constexpr int rowHeight = 44;
constexpr int titleHeight = 26;

} // namespace

FunnelChart::FunnelChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("funnelChart"));
    setAccessibleName(tr("Funnel chart"));
    setFocusPolicy(Qt::TabFocus); // so a screen reader can land on it and read the description
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

std::vector<FunnelChart::Stage> FunnelChart::stagesOf(const ForecastResult &result, int channel)
{
    double impressions = 0.0, clicks = 0.0, views = 0.0, carts = 0.0, orders = 0.0;
    for (size_t i = 0; i < result.channels.size(); ++i) {
        if (channel >= 0 && size_t(channel) != i)
            continue;
        const BaseFunnel &f = result.channels[i].funnel;
        impressions += sum(f.impressions);
        clicks += sum(f.clicks);
        views += sum(f.views);
        carts += sum(f.carts);
        orders += sum(f.causedOrders);
    }
    std::vector<Stage> stages = {{tr("Impressions"), impressions, {}},
                                 {tr("Clicks"), clicks, {}},
                                 {tr("Product views"), views, {}},
                                 {tr("Add-to-carts"), carts, {}},
                                 {tr("Orders"), orders, {}}};
    for (size_t i = 1; i < stages.size(); ++i)
        if (stages[i - 1].count > 0.0)
            stages[i].rate = stages[i].count / stages[i - 1].count;
    return stages;
}

void FunnelChart::setStages(const std::vector<Stage> &stages, const QString &title)
{
    m_stages = stages;
    m_title = title;
    updateDescription();
    updateGeometry();
    update();
}

void FunnelChart::clear()
{
    setStages({}, QString());
}

QString FunnelChart::countText(int stage) const
{
    if (stage < 0 || size_t(stage) >= m_stages.size())
        return QString();
    const double count = m_stages[size_t(stage)].count;
    // Whole people and orders; a fraction only where the numbers are small.
    return QLocale().toString(count, 'f', count > 0.0 && count < 10.0 ? 1 : 0);
}

QString FunnelChart::rateText(int stage) const
{
    if (stage < 0 || size_t(stage) >= m_stages.size() || !m_stages[size_t(stage)].rate)
        return QString();
    const double percent = *m_stages[size_t(stage)].rate * 100.0;
    const QLocale locale;
    return locale.toString(percent, 'f', percent < 10.0 ? 2 : 1) + locale.percent();
}

void FunnelChart::updateDescription()
{
    QStringList parts;
    for (size_t i = 0; i < m_stages.size(); ++i) {
        const QString rate = rateText(int(i));
        parts << (rate.isEmpty() ? tr("%1: %2").arg(m_stages[i].name, countText(int(i)))
                                 : tr("%1: %2 (%3 of the previous stage)")
                                       .arg(m_stages[i].name, countText(int(i)), rate));
    }
    setAccessibleDescription(m_title + QStringLiteral(". ") + parts.join(QStringLiteral("; ")));
    setToolTip(parts.join(QLatin1Char('\n')));
}

QSize FunnelChart::sizeHint() const
{
    return QSize(480, titleHeight + rowHeight * 5 + 16);
}

QSize FunnelChart::minimumSizeHint() const
{
    return QSize(320, titleHeight + 30 * 5 + 8);
}

void FunnelChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor ink = ChartStyle::text(pal);
    QColor muted = pal.color(QPalette::PlaceholderText);
    if (ChartStyle::contrast(muted, ChartStyle::background(pal)) < 4.5)
        muted = ink;
    const QRect area = rect().adjusted(8, 4, -8, -4);
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(ink);
    painter.drawText(QRect(area.left(), area.top(), area.width(), titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, m_title);
    if (m_stages.empty())
        return;

    // Three columns: stage name and count | the bar, centred | rate from the stage before.
    const QFontMetrics metrics(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int labelWidth = 0;
    int rateWidth = metrics.horizontalAdvance(tr("from previous stage"));
    for (size_t i = 0; i < m_stages.size(); ++i) {
        labelWidth = std::max({labelWidth, metrics.horizontalAdvance(m_stages[i].name),
                               boldMetrics.horizontalAdvance(countText(int(i)))});
        rateWidth = std::max(rateWidth, boldMetrics.horizontalAdvance(rateText(int(i))));
    }
    labelWidth += 12;
    rateWidth += 12;
    const int top = area.top() + titleHeight;
    const int rows = int(m_stages.size());
    const int row = std::max(30, std::min(rowHeight + 16, (area.bottom() - top) / rows));
    const int barLeft = area.left() + labelWidth;
    const int barWidth = std::max(40, area.width() - labelWidth - rateWidth);

    // Widths on a log scale from the smallest non-zero stage (a fifth of the width) up to the
    // largest (the whole width), so orders stay visible beside millions of impressions.
    double largest = 0.0, smallest = 0.0;
    for (const Stage &s : m_stages) {
        largest = std::max(largest, s.count);
        if (s.count > 0.0)
            smallest = smallest > 0.0 ? std::min(smallest, s.count) : s.count;
    }
    const auto widthOf = [&](double count) {
        if (count <= 0.0 || largest <= 0.0)
            return 0.0;
        if (largest <= smallest)
            return 1.0;
        return 0.2 + 0.8 * std::log(count / smallest) / std::log(largest / smallest);
    };

    const QColor barColor = ChartStyle::seriesColor(0, pal);
    for (int i = 0; i < rows; ++i) {
        const Stage &stage = m_stages[size_t(i)];
        const QRect rowRect(area.left(), top + i * row, area.width(), row);
        painter.setPen(muted);
        painter.setFont(font());
        painter.drawText(QRect(rowRect.left(), rowRect.top(), labelWidth, row / 2),
                         Qt::AlignLeft | Qt::AlignBottom, stage.name);
        painter.setPen(ink);
        painter.setFont(bold);
        painter.drawText(QRect(rowRect.left(), rowRect.top() + row / 2, labelWidth, row / 2),
                         Qt::AlignLeft | Qt::AlignTop, countText(i));

        const double w = widthOf(stage.count) * barWidth;
        const double height = std::min(row * 0.7, 34.0);
        const QRectF bar(barLeft + (barWidth - w) / 2.0, rowRect.top() + (row - height) / 2.0, w, height);
        painter.setPen(Qt::NoPen);
        painter.setBrush(barColor);
        painter.drawRoundedRect(bar, 3, 3);

        const QString rate = rateText(i);
        if (!rate.isEmpty()) {
            const QRect rateRect(barLeft + barWidth + 12, rowRect.top(), rateWidth - 12, row);
            painter.setPen(ink);
            painter.setFont(bold);
            painter.drawText(QRect(rateRect.left(), rateRect.top(), rateRect.width(), row / 2),
                             Qt::AlignLeft | Qt::AlignBottom, rate);
            painter.setPen(muted);
            painter.setFont(font());
            painter.drawText(QRect(rateRect.left(), rateRect.top() + row / 2, rateRect.width(), row / 2),
                             Qt::AlignLeft | Qt::AlignTop, tr("from previous stage"));
        }
    }
}

} // namespace funnelcast::ui
