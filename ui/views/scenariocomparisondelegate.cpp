#include "views/scenariocomparisondelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QStyle>

namespace funnelcast::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

ScenarioComparisonDelegate::ScenarioComparisonDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor ScenarioComparisonDelegate::rangeColor(const QPalette &palette)
{
    // The text colour 62% of the way from the background: clearly secondary, still well
    // above 4.5:1 on the (alternating) rows of either palette, and as neutral as the text.
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](int t, int b) { return int(t * 0.62 + b * 0.38 + 0.5); };
    return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()),
                  mix(text.blue(), base.blue()));
}

QColor ScenarioComparisonDelegate::differenceColor(bool better, const QPalette &palette)
{
    if (isDark(palette))
        return better ? QColor(0x7d, 0xd8, 0x8a) : QColor(0xff, 0x8a, 0x80);
    return better ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xc0, 0x39, 0x2b);
}

std::vector<QColor> ScenarioComparisonDelegate::lineColors(const QModelIndex &index,
                                                           const QPalette &palette)
{
    const qsizetype lines = index.data(Qt::DisplayRole).toString().count(QLatin1Char('\n')) + 1;
    std::vector<QColor> colors(size_t(lines), palette.color(QPalette::Text));
    if (index.data(HasRangeRole).toBool() && lines > 1)
        colors[1] = rangeColor(palette);
    const int difference = index.data(DifferenceRole).toInt();
    if (difference != 0 && lines > 1)
        colors.back() = differenceColor(difference > 0, palette);
    return colors;
}

void ScenarioComparisonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Where the style would put the text, then the background, selection and focus without it.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    // initStyleOption has turned the '\n's into line separators.
    const QStringList lines = opt.text.split(QChar::LineSeparator);
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                              ? QPalette::Active
                                                                          : QPalette::Inactive;
    QPalette palette = opt.palette;
    palette.setCurrentColorGroup(group);
    std::vector<QColor> colors = lineColors(index, palette);
    // On the selection's highlight only its own text colour is sure to be readable.
    if (selected)
        std::fill(colors.begin(), colors.end(), palette.color(QPalette::HighlightedText));

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = textRect.adjusted(margin, 0, -margin, 0);
    const QFontMetrics metrics(opt.font);
    const int lineHeight = metrics.height();
    const int total = lineHeight * int(lines.size());
    int y = area.top();
    if (opt.displayAlignment & Qt::AlignVCenter)
        y += (area.height() - total) / 2;
    else if (opt.displayAlignment & Qt::AlignBottom)
        y += area.height() - total;
    const Qt::Alignment horizontal = opt.displayAlignment & Qt::AlignHorizontal_Mask;

    painter->save();
    painter->setFont(opt.font);
    painter->setClipRect(opt.rect);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        painter->setPen(size_t(i) < colors.size() ? colors[size_t(i)] : colors.back());
        const QString shown = metrics.elidedText(lines[i], opt.textElideMode, area.width());
        const int width = metrics.horizontalAdvance(shown);
        int x = area.left();
        if (horizontal & Qt::AlignRight)
            x = area.right() + 1 - width;
        else if (horizontal & Qt::AlignHCenter)
            x = area.left() + (area.width() - width) / 2;
        painter->drawText(QPoint(x, y + metrics.ascent()), shown);
        y += lineHeight;
    }
    painter->restore();
}

} // namespace funnelcast::ui
