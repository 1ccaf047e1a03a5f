#include "report/reportbuilder.h"

#include "report/reportcanvas.h"
#include "report/reportchart.h"
#include "report/reporttable.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

#include <algorithm>
#include <cmath>

namespace funnelcast::ui {

namespace {

const QString kDash = QStringLiteral(" \u2013 ");

using Align = ReportTable::Align;

} // namespace

ReportBuilder::ReportBuilder(const ReportData &data, const QString &language)
    : m_data(data), m_text(language, data.currency), m_style(ReportStyle::standard())
{
}

QString ReportBuilder::title() const
{
    return translated(QT_TRANSLATE_NOOP("Report", "%1: forecast report")).arg(m_data.planName);
}

QString ReportBuilder::subject() const
{
    const QDate end = m_data.start.addDays(7LL * m_data.weeks - 1);
    return translated(QT_TRANSLATE_NOOP("Report", "Scenario %1, %2 to %3"))
        .arg(m_data.scenarioName, m_text.date(m_data.start), m_text.date(end));
}

int ReportBuilder::render(QPagedPaintDevice *device, int totalPages) const
{
    return render(device, device->pageLayout(), totalPages);
}

int ReportBuilder::render(QPaintDevice *device, const QPageLayout &layout, int totalPages) const
{
    ReportCanvas canvas(device, layout, m_style);
    canvas.setCoverPage(true);
    canvas.setTotalPages(totalPages);
    canvas.setRunningHeader(m_data.planName + QStringLiteral(" \u00b7 ") + m_data.scenarioName);
    canvas.setFooterLeft(translated(QT_TRANSLATE_NOOP("Report", "Funnelcast forecast report, %1"))
                             .arg(m_text.date(m_data.generatedAt.date())));
    canvas.setPageLabel(translated(QT_TRANSLATE_NOOP("Report", "Page %1 of %2")));
    if (!canvas.begin())
        return 0;
    cover(canvas);
    summary(canvas);
    allocation(canvas);
    weekly(canvas);
    funnel(canvas);
    creatorsAndOrganic(canvas);
    scenarios(canvas);
    optimization(canvas);
    pacing(canvas);
    appendix(canvas);
    const int pages = canvas.pageNumber();
    canvas.end();
    return pages;
}

QString ReportBuilder::format(Unit unit, double value) const
{
    switch (unit) {
    case Unit::Money:
        return m_text.money(value);
    case Unit::Ratio:
        return m_text.ratio(value);
    case Unit::Count:
        break;
    }
    return m_text.number(value);
}

QString ReportBuilder::formatStat(Unit unit, const ReportStat &stat) const
{
    if (!stat.valid)
        return translated(QT_TRANSLATE_NOOP("Report", "n/a"));
    return format(unit, stat.base);
}

QString ReportBuilder::range(Unit unit, const ReportStat &stat) const
{
    if (!stat.valid)
        return translated(QT_TRANSLATE_NOOP("Report", "n/a"));
    return format(unit, stat.p10) + kDash + format(unit, stat.p90);
}

QString ReportBuilder::kindName(ReportItemKind kind) const
{
    switch (kind) {
    case ReportItemKind::Creator:
        return translated(QT_TRANSLATE_NOOP("Report", "Creator"));
    case ReportItemKind::Organic:
        return translated(QT_TRANSLATE_NOOP("Report", "Organic"));
    case ReportItemKind::Paid:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("Report", "Paid media"));
}

QString ReportBuilder::platformName(const QString &platform) const
{
    static const std::pair<const char *, const char *> names[] = {
        {"instagram", "Instagram"}, {"facebook", "Facebook"}, {"tiktok", "TikTok"},
        {"tiktok_shop", "TikTok Shop"}, {"youtube", "YouTube"}, {"google", "Google"},
        {"naver", "Naver"}, {"kakao", "Kakao"}, {"x", "X"}, {"threads", "Threads"},
        {"pinterest", "Pinterest"}, {"snapchat", "Snapchat"}, {"linkedin", "LinkedIn"},
    };
    for (const auto &n : names) {
        if (platform == QLatin1String(n.first)) {
            // Korean readers know these brands in Korean script for Naver and Kakao.
            if (m_text.isKorean() && platform == QLatin1String("naver"))
                return QStringLiteral("네이버");
            if (m_text.isKorean() && platform == QLatin1String("kakao"))
                return QStringLiteral("카카오");
            return QString::fromLatin1(n.second);
        }
    }
    if (platform.isEmpty() || platform == QLatin1String("other"))
        return translated(QT_TRANSLATE_NOOP("Report", "Other"));
    return platform;
}

QString ReportBuilder::fieldName(const QString &field) const
{
    static const std::pair<const char *, const char *> names[] = {
        {"cpm", QT_TRANSLATE_NOOP("Report", "CPM")},
        {"audience", QT_TRANSLATE_NOOP("Report", "Audience")},
        {"ctr", QT_TRANSLATE_NOOP("Report", "Click-through rate")},
        {"view_rate", QT_TRANSLATE_NOOP("Report", "Product views per click")},
        {"cart_rate", QT_TRANSLATE_NOOP("Report", "Add-to-cart rate")},
        {"purchase_rate", QT_TRANSLATE_NOOP("Report", "Purchase rate")},
        {"aov", QT_TRANSLATE_NOOP("Report", "Average order value")},
        {"fee_rate", QT_TRANSLATE_NOOP("Report", "Platform selling fee")},
        {"return_rate", QT_TRANSLATE_NOOP("Report", "Return rate")},
        {"carryover", QT_TRANSLATE_NOOP("Report", "Carryover")},
        {"followers", QT_TRANSLATE_NOOP("Report", "Followers")},
        {"reach_rate", QT_TRANSLATE_NOOP("Report", "Reach per post")},
        {"fee_per_post", QT_TRANSLATE_NOOP("Report", "Fee per post")},
        {"commission_rate", QT_TRANSLATE_NOOP("Report", "Commission")},
        {"cost_per_post", QT_TRANSLATE_NOOP("Report", "Cost per post")},
    };
    for (const auto &n : names) {
        if (field == QLatin1String(n.first))
            return translated(n.second);
    }
    return field;
}

QString ReportBuilder::objectiveName(const QString &objective) const
{
    if (objective == QLatin1String("orders"))
        return translated(QT_TRANSLATE_NOOP("Report", "orders"));
    if (objective == QLatin1String("net_revenue"))
        return translated(QT_TRANSLATE_NOOP("Report", "net revenue"));
    return translated(QT_TRANSLATE_NOOP("Report", "profit"));
}

QString ReportBuilder::objectiveValue(const QString &objective, double value) const
{
    return objective == QLatin1String("orders") ? m_text.number(value) : m_text.money(value);
}

void ReportBuilder::cover(ReportCanvas &canvas) const
{
    QPainter &p = canvas.painter();
    const QRectF page = canvas.pageRect();
    const double left = canvas.left();
    const double width = canvas.width();
    const double bandHeight = page.height() * 0.38;
    p.fillRect(QRectF(0, 0, page.width(), bandHeight), m_style.accent);

    const QFont label = canvas.font(m_style.bodySize, QFont::DemiBold);
    const QFont titleFont = canvas.font(m_style.coverTitleSize, QFont::Bold);
    const QFont sub = canvas.font(m_style.h2Size + 1);
    double y = bandHeight * 0.30;
    canvas.drawText(QRectF(left, y, width, canvas.lineHeight(label)), Qt::AlignLeft | Qt::AlignVCenter,
                    translated(QT_TRANSLATE_NOOP("Report", "Campaign forecast report")).toUpper(), label,
                    QColor(0xbf, 0xd4, 0xe8));
    y += canvas.lineHeight(label) + 10;
    const double titleHeight = canvas.wrappedHeight(titleFont, m_data.planName, width);
    canvas.drawText(QRectF(left, y, width, titleHeight + 4), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                    m_data.planName, titleFont, Qt::white);
    y += titleHeight + 12;
    canvas.drawText(QRectF(left, y, width, canvas.lineHeight(sub)), Qt::AlignLeft | Qt::AlignVCenter,
                    translated(QT_TRANSLATE_NOOP("Report", "Scenario: %1")).arg(m_data.scenarioName), sub,
                    QColor(0xe4, 0xec, 0xf4));

    // The facts of the plan as a two-column list under the band.
    const QDate end = m_data.start.addDays(7LL * m_data.weeks - 1);
    const std::vector<std::pair<QString, QString>> facts = {
        {translated(QT_TRANSLATE_NOOP("Report", "Scenario")), m_data.scenarioName},
        {translated(QT_TRANSLATE_NOOP("Report", "Campaign period")),
         m_text.date(m_data.start) + kDash + m_text.date(end)},
        {translated(QT_TRANSLATE_NOOP("Report", "Length")),
         translated(QT_TRANSLATE_NOOP("Report", "%1 weeks")).arg(m_data.weeks)},
        {translated(QT_TRANSLATE_NOOP("Report", "Currency")), m_data.currency},
        {translated(QT_TRANSLATE_NOOP("Report", "Paid-media budget")), m_text.money(m_data.budget)},
        {translated(QT_TRANSLATE_NOOP("Report", "Target population")), m_text.number(m_data.population)},
        {translated(QT_TRANSLATE_NOOP("Report", "Product gross margin")), m_text.percent(m_data.margin, 0)},
        {translated(QT_TRANSLATE_NOOP("Report", "Generated")), m_text.dateTime(m_data.generatedAt)},
    };
    const QFont key = canvas.font(m_style.bodySize, QFont::Normal);
    const QFont value = canvas.font(m_style.bodySize + 1, QFont::DemiBold);
    y = bandHeight + 46;
    const double rowHeight = canvas.lineHeight(value) + 12;
    for (const auto &fact : facts) {
        canvas.drawText(QRectF(left, y, width * 0.34, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                        fact.first, key, m_style.muted);
        canvas.drawText(QRectF(left + width * 0.34, y, width * 0.66, rowHeight),
                        Qt::AlignLeft | Qt::AlignVCenter, fact.second, value, m_style.ink);
        y += rowHeight;
        p.setPen(QPen(m_style.rule, 0.5));
        p.drawLine(QPointF(left, y), QPointF(left + width, y));
    }

    const QFont small = canvas.font(m_style.smallSize);
    const QString disclaimer = translated(QT_TRANSLATE_NOOP(
        "Report", "Figures are forecasts from the plan's assumptions, not guarantees. Ranges are "
                  "the 10th to 90th percentile of %1 simulated outcomes."))
                                   .arg(m_text.number(m_data.draws));
    const QString made = translated(QT_TRANSLATE_NOOP("Report", "Prepared with Funnelcast %1"))
                             .arg(QCoreApplication::applicationVersion().isEmpty()
                                      ? QStringLiteral(FUNNELCAST_VERSION)
                                      : QCoreApplication::applicationVersion());
    const double dh = canvas.wrappedHeight(small, disclaimer, width);
    const double bottom = page.height() - 56;
    canvas.drawText(QRectF(left, bottom - dh - canvas.lineHeight(small) - 4, width, dh + 2),
                    Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_data.draws > 0 ? disclaimer
                    : translated(QT_TRANSLATE_NOOP("Report", "Figures are forecasts from the plan's assumptions at their base values, not guarantees.")),
                    small, m_style.muted);
    canvas.drawText(QRectF(left, bottom - canvas.lineHeight(small), width, canvas.lineHeight(small)),
                    Qt::AlignLeft | Qt::AlignVCenter, made, small, m_style.muted);
}

void ReportBuilder::summary(ReportCanvas &canvas) const
{
    const ReportTotals &t = m_data.totals;
    const QString title = translated(QT_TRANSLATE_NOOP("Report", "Executive summary"));
    canvas.setSection(title);
    canvas.newPage();
    canvas.heading(title);

    QStringList sentences;
    sentences << translated(QT_TRANSLATE_NOOP("Report",
                                      "Over %1 weeks from %2, a total cost of %3 is expected to "
                                      "bring %4 orders (80% range %5) and %6 of net revenue."))
                     .arg(m_data.weeks)
                     .arg(m_text.date(m_data.start), m_text.money(t.cost.base),
                          m_text.number(t.orders.base), range(Unit::Count, t.orders),
                          m_text.money(t.netRevenue.base));
    sentences << translated(QT_TRANSLATE_NOOP("Report",
                                      "After the product margin of %1, profit is %2, between %3 "
                                      "and %4 in eight of ten simulated outcomes."))
                     .arg(m_text.percent(m_data.margin, 0), m_text.money(t.profit.base),
                          m_text.money(t.profit.p10), m_text.money(t.profit.p90));
    if (t.cpa.valid) {
        sentences << translated(QT_TRANSLATE_NOOP("Report",
                                          "Every unit of cost returns %1 of gross revenue, and an "
                                          "order costs %2 on average."))
                         .arg(m_text.ratio(t.roas.base), m_text.money(t.cpa.base));
    }
    const ReportChannel *top = nullptr;
    for (const ReportChannel &ch : m_data.channels) {
        if (!top || ch.totals.orders.base > top->totals.orders.base)
            top = &ch;
    }
    if (top && m_data.channels.size() > 1 && t.orders.base > 0) {
        sentences << translated(QT_TRANSLATE_NOOP("Report", "%1 brings the most orders: %2, or %3 of the total."))
                         .arg(top->name, m_text.number(top->totals.orders.base),
                              m_text.percent(top->totals.orders.base / t.orders.base, 0));
    }
    double tail = 0.0;
    for (const ReportChannel &ch : m_data.channels)
        tail += ch.totals.tailOrders.base;
    if (tail >= 0.5) {
        sentences << translated(QT_TRANSLATE_NOOP("Report",
                                          "%1 of these orders arrive after the last week, carried "
                                          "over from the campaign's final weeks."))
                         .arg(m_text.number(tail));
    }
    canvas.paragraph(sentences.join(QLatin1Char(' ')));
    canvas.advance(6);

    // KPI tiles, three by two.
    struct Tile
    {
        QString label;
        QString value;
        QString range;
    };
    const std::vector<Tile> tiles = {
        {translated(QT_TRANSLATE_NOOP("Report", "Total cost")), m_text.money(t.cost.base),
         translated(QT_TRANSLATE_NOOP("Report", "paid media %1")).arg(m_text.money(t.spend.base))},
        {translated(QT_TRANSLATE_NOOP("Report", "Orders")), m_text.number(t.orders.base), range(Unit::Count, t.orders)},
        {translated(QT_TRANSLATE_NOOP("Report", "Net revenue")), m_text.money(t.netRevenue.base), range(Unit::Money, t.netRevenue)},
        {translated(QT_TRANSLATE_NOOP("Report", "Profit")), m_text.money(t.profit.base), range(Unit::Money, t.profit)},
        {translated(QT_TRANSLATE_NOOP("Report", "ROAS")), m_text.ratio(t.roas.base), range(Unit::Ratio, t.roas)},
        {translated(QT_TRANSLATE_NOOP("Report", "Cost per order")), formatStat(Unit::Money, t.cpa), range(Unit::Money, t.cpa)},
    };
    const QFont labelFont = canvas.font(m_style.smallSize, QFont::DemiBold);
    const QFont valueFont = canvas.font(15.0, QFont::Bold);
    const QFont rangeFont = canvas.font(m_style.smallSize);
    const double gap = 10.0;
    const double tileWidth = (canvas.width() - 2 * gap) / 3;
    const double tileHeight = 10 + canvas.lineHeight(labelFont) + canvas.lineHeight(valueFont)
                              + canvas.lineHeight(rangeFont) + 12;
    canvas.ensureSpace(2 * tileHeight + gap);
    QPainter &p = canvas.painter();
    for (size_t i = 0; i < tiles.size(); ++i) {
        const double x = canvas.left() + static_cast<double>(i % 3) * (tileWidth + gap);
        const double y = canvas.y() + static_cast<double>(i / 3) * (tileHeight + gap);
        const QRectF box(x, y, tileWidth, tileHeight);
        p.fillRect(box, m_style.zebra);
        p.fillRect(QRectF(x, y, 3, tileHeight), m_style.accent);
        double ty = y + 8;
        canvas.drawText(QRectF(x + 12, ty, tileWidth - 18, canvas.lineHeight(labelFont)),
                        Qt::AlignLeft | Qt::AlignVCenter, tiles[i].label.toUpper(), labelFont, m_style.muted);
        ty += canvas.lineHeight(labelFont);
        canvas.drawText(QRectF(x + 12, ty, tileWidth - 18, canvas.lineHeight(valueFont)),
                        Qt::AlignLeft | Qt::AlignVCenter, tiles[i].value, valueFont, m_style.ink);
        ty += canvas.lineHeight(valueFont);
        canvas.drawText(QRectF(x + 12, ty, tileWidth - 18, canvas.lineHeight(rangeFont)),
                        Qt::AlignLeft | Qt::AlignVCenter, tiles[i].range, rangeFont, m_style.muted);
    }
    canvas.advance(2 * tileHeight + gap + 8);
    canvas.note(translated(QT_TRANSLATE_NOOP("Report",
                                     "Large figures are the base forecast (every input at its base "
                                     "value); the small line under each is its P10 \u2013 P90 range.")));

    canvas.subheading(translated(QT_TRANSLATE_NOOP("Report", "Key figures")));
    ReportTable table({{translated(QT_TRANSLATE_NOOP("Report", "Measure")), 2.2, Align::Left},
                       {translated(QT_TRANSLATE_NOOP("Report", "Base")), 1.3, Align::Right},
                       {QStringLiteral("P10"), 1.3, Align::Right},
                       {QStringLiteral("P50"), 1.3, Align::Right},
                       {QStringLiteral("P90"), 1.3, Align::Right}});
    auto row = [&](const QString &name, Unit unit, const ReportStat &s) {
        if (!s.valid) {
            table.addRow({name, translated(QT_TRANSLATE_NOOP("Report", "n/a")), QString(), QString(), QString()});
            return;
        }
        table.addRow({name, format(unit, s.base), format(unit, s.p10), format(unit, s.p50), format(unit, s.p90)});
    };
    row(translated(QT_TRANSLATE_NOOP("Report", "Paid-media spend")), Unit::Money, t.spend);
    row(translated(QT_TRANSLATE_NOOP("Report", "Total cost")), Unit::Money, t.cost);
    row(translated(QT_TRANSLATE_NOOP("Report", "Impressions")), Unit::Count, t.impressions);
    row(translated(QT_TRANSLATE_NOOP("Report", "Reach (people)")), Unit::Count, t.reach);
    row(translated(QT_TRANSLATE_NOOP("Report", "Clicks")), Unit::Count, t.clicks);
    row(translated(QT_TRANSLATE_NOOP("Report", "Orders")), Unit::Count, t.orders);
    row(translated(QT_TRANSLATE_NOOP("Report", "Gross revenue")), Unit::Money, t.grossRevenue);
    row(translated(QT_TRANSLATE_NOOP("Report", "Net revenue")), Unit::Money, t.netRevenue);
    row(translated(QT_TRANSLATE_NOOP("Report", "Profit")), Unit::Money, t.profit);
    row(translated(QT_TRANSLATE_NOOP("Report", "ROAS")), Unit::Ratio, t.roas);
    row(translated(QT_TRANSLATE_NOOP("Report", "Cost per order")), Unit::Money, t.cpa);
    table.setContinuedCaption(translated(QT_TRANSLATE_NOOP("Report", "Key figures (continued)")));
    table.draw(canvas);
}

void ReportBuilder::allocation(ReportCanvas &canvas) const
{
    const ReportTotals &t = m_data.totals;
    canvas.heading(translated(QT_TRANSLATE_NOOP("Report", "Budget allocation")), 260);
    double creatorCost = 0.0;
    double organicCost = 0.0;
    for (const ReportChannel &ch : m_data.channels) {
        if (ch.kind == ReportItemKind::Creator)
            creatorCost += ch.totals.cost.base;
        else if (ch.kind == ReportItemKind::Organic)
            organicCost += ch.totals.cost.base;
    }
    QStringList text;
    text << translated(QT_TRANSLATE_NOOP("Report", "The total cost is %1: %2 of paid media against a budget of %3."))
                .arg(m_text.money(t.cost.base), m_text.money(t.spend.base), m_text.money(m_data.budget));
    if (creatorCost > 0)
        text << translated(QT_TRANSLATE_NOOP("Report", "Creator fees add %1.")).arg(m_text.money(creatorCost));
    if (organicCost > 0)
        text << translated(QT_TRANSLATE_NOOP("Report", "Organic content production adds %1.")).arg(m_text.money(organicCost));
    canvas.paragraph(text.join(QLatin1Char(' ')));

    std::vector<ReportChart::Slice> slices;
    int color = 0;
    for (const ReportChannel &ch : m_data.channels) {
        if (ch.totals.cost.base > 0)
            slices.push_back({ch.name, ch.totals.cost.base, m_style.seriesColor(color), m_text.money(ch.totals.cost.base)});
        ++color;
    }
    // One slice is a full ring that says nothing the sentence has not said.
    if (slices.size() >= 2) {
        const double height = std::max(150.0, 18.0 * static_cast<double>(slices.size()) + 20);
        canvas.ensureSpace(height + 10);
        ReportChart::donut(canvas, QRectF(canvas.left(), canvas.y(), canvas.width(), height), slices,
                           translated(QT_TRANSLATE_NOOP("Report", "Total cost")), m_text.moneyCompact(t.cost.base),
                           [this](double share) { return m_text.percent(share, 1); });
        canvas.advance(height + 14);
    }

    ReportTable table({{translated(QT_TRANSLATE_NOOP("Report", "Channel")), 2.4, Align::Left},
                       {translated(QT_TRANSLATE_NOOP("Report", "Type")), 1.2, Align::Left},
                       {translated(QT_TRANSLATE_NOOP("Report", "Cost")), 1.6, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Share")), 0.9, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Orders")), 1.1, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Cost per order")), 1.4, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "ROAS")), 0.9, Align::Right}});
    for (const ReportChannel &ch : m_data.channels) {
        const double cost = ch.totals.cost.base;
        const double orders = ch.totals.orders.base;
        table.addRow({ch.name, kindName(ch.kind), m_text.money(cost),
                      t.cost.base > 0 ? m_text.percent(cost / t.cost.base, 1) : QString(),
                      m_text.number(orders),
                      orders > 0 ? m_text.money(cost / orders) : translated(QT_TRANSLATE_NOOP("Report", "n/a")),
                      cost > 0 ? m_text.ratio(ch.totals.grossRevenue.base / cost) : translated(QT_TRANSLATE_NOOP("Report", "n/a"))});
    }
    table.addRow({translated(QT_TRANSLATE_NOOP("Report", "Total")), QString(), m_text.money(t.cost.base),
                  t.cost.base > 0 ? m_text.percent(1.0, 1) : QString(), m_text.number(t.orders.base),
                  formatStat(Unit::Money, t.cpa), formatStat(Unit::Ratio, t.roas)},
                 ReportTable::RowStyle::Total);
    table.setContinuedCaption(translated(QT_TRANSLATE_NOOP("Report", "Budget allocation (continued)")));
    table.draw(canvas);
    canvas.note(translated(QT_TRANSLATE_NOOP("Report", "Orders, cost per order and ROAS at base values; ROAS is gross revenue per unit of cost.")));
}

void ReportBuilder::weekly(ReportCanvas &canvas) const
{
    canvas.heading(translated(QT_TRANSLATE_NOOP("Report", "Weekly forecast")), 240);
    const std::vector<QDate> weeks = m_data.weekStarts();
    if (weeks.empty())
        return;
    int peak = 0;
    for (size_t i = 0; i < m_data.weeklyOrders.base.size(); ++i) {
        if (m_data.weeklyOrders.base[i] > m_data.weeklyOrders.base[static_cast<size_t>(peak)])
            peak = static_cast<int>(i);
    }
    canvas.paragraph(translated(QT_TRANSLATE_NOOP("Report", "Orders peak in week %1 (from %2) at %3. The shaded band is the range in which eight of ten simulated outcomes fall."))
                         .arg(peak + 1)
                         .arg(m_text.date(weeks[static_cast<size_t>(peak)]),
                              m_text.number(m_data.weeklyOrders.base.empty() ? 0.0 : m_data.weeklyOrders.base[static_cast<size_t>(peak)])));

    ReportChart::Axes axes;
    for (size_t i = 0; i < weeks.size(); ++i)
        axes.x.push_back(static_cast<double>(i));
    axes.xFormat = [this, weeks](double x) {
        const int i = static_cast<int>(std::lround(x));
        return i >= 0 && i < static_cast<int>(weeks.size()) ? m_text.shortDate(weeks[static_cast<size_t>(i)]) : QString();
    };
    axes.yFormat = [this](double v) { return m_text.compact(v); };
    axes.yTitle = translated(QT_TRANSLATE_NOOP("Report", "Orders per week"));
    axes.xTitle = translated(QT_TRANSLATE_NOOP("Report", "Week starting"));
    ReportChart::Line base{translated(QT_TRANSLATE_NOOP("Report", "Base forecast")), {}, m_style.accent, false, true, 1.8};
    for (double v : m_data.weeklyOrders.base)
        base.values.push_back(v);
    ReportChart::Band band{translated(QT_TRANSLATE_NOOP("Report", "P10 \u2013 P90")), m_data.weeklyOrders.p10,
                           m_data.weeklyOrders.p90, m_style.accent};
    const double chartHeight = 210;
    canvas.ensureSpace(chartHeight);
    ReportChart::lines(canvas, QRectF(canvas.left(), canvas.y(), canvas.width(), chartHeight), axes,
                       m_data.draws > 0 ? std::vector<ReportChart::Band>{band} : std::vector<ReportChart::Band>{},
                       {base});
    canvas.advance(chartHeight + 12);

    ReportTable table({{translated(QT_TRANSLATE_NOOP("Report", "Week")), 0.7, Align::Left},
                       {translated(QT_TRANSLATE_NOOP("Report", "Starting")), 1.3, Align::Left},
                       {translated(QT_TRANSLATE_NOOP("Report", "Paid spend")), 1.5, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Orders")), 1.0, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Orders P10 \u2013 P90")), 1.7, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Gross revenue")), 1.6, Align::Right}});
    const ReportSeries &o = m_data.weeklyOrders;
    for (size_t i = 0; i < weeks.size(); ++i) {
        auto at = [i](const std::vector<double> &v) { return i < v.size() ? v[i] : 0.0; };
        table.addRow({QString::number(i + 1), m_text.date(weeks[i]),
                      m_text.money(at(m_data.weeklySpend.base)), m_text.number(at(o.base)),
                      m_text.number(at(o.p10)) + kDash + m_text.number(at(o.p90)),
                      m_text.money(at(m_data.weeklyRevenue.base))});
    }
    double spend = 0.0, orders = 0.0, revenue = 0.0;
    for (double v : m_data.weeklySpend.base) spend += v;
    for (double v : o.base) orders += v;
    for (double v : m_data.weeklyRevenue.base) revenue += v;
    table.addRow({translated(QT_TRANSLATE_NOOP("Report", "Total")), QString(), m_text.money(spend), m_text.number(orders),
                  QString(), m_text.money(revenue)},
                 ReportTable::RowStyle::Total);
    table.setContinuedCaption(translated(QT_TRANSLATE_NOOP("Report", "Weekly forecast (continued)")));
    table.draw(canvas);
    canvas.note(translated(QT_TRANSLATE_NOOP("Report", "Weekly orders are realised orders: carryover moves part of each week's orders into later weeks, so the weeks add up to fewer than the campaign total. The weekly range scales the base weeks by the campaign total's P10 and P90.")));
}

void ReportBuilder::funnel(ReportCanvas &canvas) const
{
    canvas.heading(translated(QT_TRANSLATE_NOOP("Report", "Funnel by channel")), 200);
    canvas.paragraph(translated(QT_TRANSLATE_NOOP("Report", "How each channel turns impressions into orders at base values, with the conversion from one stage to the next.")));
    ReportTable table({{translated(QT_TRANSLATE_NOOP("Report", "Channel")), 2.0, Align::Left},
                       {translated(QT_TRANSLATE_NOOP("Report", "Impressions")), 1.3, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Clicks")), 1.0, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "CTR")), 0.8, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Product views")), 1.1, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Add-to-carts")), 1.1, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Orders")), 0.9, Align::Right},
                       {translated(QT_TRANSLATE_NOOP("Report", "Click to order")), 1.0, Align::Right}});
    ReportFunnel sum;
    for (const ReportChannel &ch : m_data.channels) {
        const ReportFunnel &f = ch.funnel;
        sum.impressions += f.impressions;
        sum.clicks += f.clicks;
        sum.views += f.views;
        sum.carts += f.carts;
        sum.orders += f.orders;
        table.addRow({ch.name, m_text.number(f.impressions), m_text.number(f.clicks),
                      f.impressions > 0 ? m_text.percent(f.clicks / f.impressions, 2) : QString(),
                      m_text.number(f.views), m_text.number(f.carts), m_text.number(f.orders),
                      f.clicks > 0 ? m_text.percent(f.orders / f.clicks, 2) : QString()});
    }
    if (m_data.channels.size() > 1) {
        table.addRow({translated(QT_TRANSLATE_NOOP("Report", "Total")), m_text.number(sum.impressions), m_text.number(sum.clicks),
                      sum.impressions > 0 ? m_text.percent(sum.clicks / sum.impressions, 2) : QString(),
                      m_text.number(sum.views), m_text.number(sum.carts), m_text.number(sum.orders),
                      sum.clicks > 0 ? m_text.percent(sum.orders / sum.clicks, 2) : QString()},
                     ReportTable::RowStyle::Total);
    }
    table.setContinuedCaption(translated(QT_TRANSLATE_NOOP("Report", "Funnel by channel (continued)")));
    table.draw(canvas);

    canvas.subheading(translated(QT_TRANSLATE_NOOP("Report", "Orders by channel")), 120);
    std::vector<ReportChart::Bar> bars;
    int color = 0;
    for (const ReportChannel &ch : m_data.channels) {
        ReportChart::Bar bar{ch.name, ch.totals.orders.base, std::nullopt, std::nullopt, m_style.seriesColor(color++)};
        if (m_data.draws > 0) {
            bar.low = ch.totals.orders.p10;
            bar.high = ch.totals.orders.p90;
        }
        bars.push_back(bar);
    }
    const double height = 22.0 * static_cast<double>(bars.size()) + 22;
    canvas.ensureSpace(height);
    ReportChart::bars(canvas, QRectF(canvas.left(), canvas.y(), canvas.width(), height), bars,
                      [this](double v) { return m_text.number(v); },
                      m_data.draws > 0 ? translated(QT_TRANSLATE_NOOP("Report", "P10 \u2013 P90 range")) : QString());
    canvas.advance(height + 10);
}

} // namespace funnelcast::ui
