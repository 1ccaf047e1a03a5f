#include "models/itemcolumn.h"

#include "model/fieldspec.h"
#include "models/valueformat.h"

#include <QCoreApplication>

namespace funnelcast::ui {

namespace {

template <class T>
ItemColumn textColumn(const char *key, QString T::*member, ItemColumn::Editor editor)
{
    ItemColumn c;
    c.key = QString::fromLatin1(key);
    c.unit = FieldUnit::Text;
    c.editor = editor;
    c.text = [member](const PlanItem &item, const QString &, bool) {
        return std::get<T>(item).*member;
    };
    const bool identifier = editor == ItemColumn::Editor::Platform;
    c.apply = [member, identifier](PlanItem &item, const QString &text, QString *) {
        QString value = text.trimmed();
        if (identifier)
            value = value.isEmpty() ? QStringLiteral("other") : value.toLower();
        std::get<T>(item).*member = value;
        return true;
    };
    return c;
}

template <class T>
ItemColumn numberColumn(const char *key, double T::*member)
{
    ItemColumn c;
    c.key = QString::fromLatin1(key);
    c.unit = FieldInfo::of(c.key).unit;
    c.text = [member, unit = c.unit](const PlanItem &item, const QString &currency, bool edit) {
        return ValueFormat::number(std::get<T>(item).*member, unit, currency, edit);
    };
    c.apply = [member, unit = c.unit](PlanItem &item, const QString &text, QString *error) {
        const std::optional<double> v = ValueFormat::parseNumber(text, unit, error);
        if (v)
            std::get<T>(item).*member = *v;
        return v.has_value();
    };
    return c;
}

template <class T>
ItemColumn uncertainColumn(const UncertainFieldSpec<T> &spec)
{
    ItemColumn c;
    c.key = QString::fromLatin1(spec.key);
    c.unit = FieldInfo::of(c.key).unit;
    c.uncertain = true;
    Uncertain T::*member = spec.member;
    c.text = [member, unit = c.unit](const PlanItem &item, const QString &currency, bool edit) {
        return ValueFormat::uncertain(std::get<T>(item).*member, unit, currency, edit);
    };
    c.apply = [member, unit = c.unit](PlanItem &item, const QString &text, QString *error) {
        const std::optional<Uncertain> v = ValueFormat::parseUncertain(text, unit, error);
        if (v)
            std::get<T>(item).*member = *v;
        return v.has_value();
    };
    return c;
}

QString noLimit()
{
    return QCoreApplication::translate("funnelcast::ui::ItemColumn", "no limit");
}

bool isNoLimit(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || t == noLimit() || t == QStringLiteral("∞");
}

ItemColumn audienceColumn()
{
    ItemColumn c;
    c.key = QStringLiteral("audience");
    c.unit = FieldUnit::Count;
    c.uncertain = true;
    c.text = [](const PlanItem &item, const QString &currency, bool edit) {
        const auto &a = std::get<PaidChannel>(item).audience;
        if (!a)
            return edit ? QString() : noLimit();
        return ValueFormat::uncertain(*a, FieldUnit::Count, currency, edit);
    };
    c.apply = [](PlanItem &item, const QString &text, QString *error) {
        auto &channel = std::get<PaidChannel>(item);
        if (isNoLimit(text)) {
            channel.audience.reset();
            return true;
        }
        const std::optional<Uncertain> v = ValueFormat::parseUncertain(text, FieldUnit::Count, error);
        if (v)
            channel.audience = *v;
        return v.has_value();
    };
    return c;
}

ItemColumn frequencyColumn()
{
    ItemColumn c;
    c.key = QStringLiteral("max_weekly_frequency");
    c.unit = FieldUnit::Count;
    c.text = [](const PlanItem &item, const QString &currency, bool edit) {
        const auto &f = std::get<PaidChannel>(item).maxWeeklyFrequency;
        if (!f)
            return edit ? QString() : noLimit();
        return ValueFormat::number(*f, FieldUnit::Other, currency, edit);
    };
    c.apply = [](PlanItem &item, const QString &text, QString *error) {
        auto &channel = std::get<PaidChannel>(item);
        if (isNoLimit(text)) {
            channel.maxWeeklyFrequency.reset();
            return true;
        }
        const std::optional<double> v = ValueFormat::parseNumber(text, FieldUnit::Other, error);
        if (v)
            channel.maxWeeklyFrequency = *v;
        return v.has_value();
    };
    return c;
}

} // namespace

QString ItemColumn::patternLabel(FlightingPattern pattern)
{
    switch (pattern) {
    case FlightingPattern::Even: return QCoreApplication::translate("funnelcast::ui::ItemColumn", "Even");
    case FlightingPattern::Front: return QCoreApplication::translate("funnelcast::ui::ItemColumn", "Front-loaded");
    case FlightingPattern::Back: return QCoreApplication::translate("funnelcast::ui::ItemColumn", "Back-loaded");
    case FlightingPattern::Pulse: return QCoreApplication::translate("funnelcast::ui::ItemColumn", "Pulsed");
    case FlightingPattern::Custom: return QCoreApplication::translate("funnelcast::ui::ItemColumn", "Custom");
    }
    return QString();
}

namespace {

ItemColumn flightingColumn()
{
    ItemColumn c;
    c.key = QStringLiteral("flighting");
    c.unit = FieldUnit::Other;
    c.editor = ItemColumn::Editor::Pattern;
    c.text = [](const PlanItem &item, const QString &, bool) {
        return ItemColumn::patternLabel(std::get<PaidChannel>(item).flighting.pattern);
    };
    c.apply = [](PlanItem &item, const QString &text, QString *error) {
        auto &flighting = std::get<PaidChannel>(item).flighting;
        const QString typed = text.trimmed();
        for (FlightingPattern p : {FlightingPattern::Even, FlightingPattern::Front,
                                   FlightingPattern::Back, FlightingPattern::Pulse,
                                   FlightingPattern::Custom}) {
            if (typed.compare(ItemColumn::patternLabel(p), Qt::CaseInsensitive) == 0
                || typed.compare(Flighting::patternKey(p), Qt::CaseInsensitive) == 0) {
                if (p == flighting.pattern)
                    return true;
                if (p == FlightingPattern::Custom) {
                    // The weights stay as they are: PlanDocument, which knows the plan's
                    // length, turns the former pattern into the same shares as custom weights.
                    flighting.pattern = p;
                    return true;
                }
                flighting.pattern = p;
                flighting.weights.clear();
                return true;
            }
        }
        if (error)
            *error = QCoreApplication::translate("funnelcast::ui::ItemColumn",
                                                 "Choose even, front-loaded, back-loaded, pulsed or custom.");
        return false;
    };
    return c;
}

ItemColumn postsColumn()
{
    ItemColumn c;
    c.key = QStringLiteral("posts");
    c.unit = FieldUnit::Other;
    c.editor = ItemColumn::Editor::Text;
    c.text = [](const PlanItem &item, const QString &, bool) {
        return ValueFormat::weeks(std::get<CreatorDeal>(item).posts);
    };
    c.apply = [](PlanItem &item, const QString &text, QString *error) {
        const auto weeks = ValueFormat::parseWeeks(text, error);
        if (weeks)
            std::get<CreatorDeal>(item).posts = *weeks;
        return weeks.has_value();
    };
    return c;
}

ItemColumn optionalMoneyColumn()
{
    ItemColumn c;
    c.key = QStringLiteral("max_spend");
    c.unit = FieldUnit::Money;
    c.inTable = false;
    c.text = [](const PlanItem &item, const QString &currency, bool edit) {
        const auto &m = std::get<PaidChannel>(item).maxSpend;
        if (!m)
            return edit ? QString() : noLimit();
        return ValueFormat::number(*m, FieldUnit::Money, currency, edit);
    };
    c.apply = [](PlanItem &item, const QString &text, QString *error) {
        auto &channel = std::get<PaidChannel>(item);
        if (isNoLimit(text)) {
            channel.maxSpend.reset();
            return true;
        }
        const std::optional<double> v = ValueFormat::parseNumber(text, FieldUnit::Money, error);
        if (v)
            channel.maxSpend = *v;
        return v.has_value();
    };
    return c;
}

ItemColumn lockedColumn()
{
    ItemColumn c;
    c.key = QStringLiteral("locked");
    c.unit = FieldUnit::Other;
    c.editor = ItemColumn::Editor::Check;
    c.inTable = false;
    c.text = [](const PlanItem &item, const QString &, bool) {
        return std::get<PaidChannel>(item).locked ? QStringLiteral("true") : QStringLiteral("false");
    };
    c.apply = [](PlanItem &item, const QString &text, QString *) {
        std::get<PaidChannel>(item).locked = text == QLatin1String("true");
        return true;
    };
    return c;
}

} // namespace

std::vector<ItemColumn> ItemColumn::tableColumns(ItemKind kind)
{
    std::vector<ItemColumn> result;
    for (ItemColumn &c : columns(kind))
        if (c.inTable)
            result.push_back(std::move(c));
    return result;
}

std::vector<ItemColumn> ItemColumn::columns(ItemKind kind)
{
    std::vector<ItemColumn> result;
    switch (kind) {
    case ItemKind::PaidChannel:
        result.push_back(textColumn("name", &PaidChannel::name, Editor::Text));
        result.push_back(textColumn("platform", &PaidChannel::platform, Editor::Platform));
        result.push_back(numberColumn("spend", &PaidChannel::spend));
        result.push_back(numberColumn("min_spend", &PaidChannel::minSpend));
        result.back().inTable = false;
        result.push_back(optionalMoneyColumn());
        result.push_back(lockedColumn());
        result.push_back(flightingColumn());
        for (const auto &spec : paidChannelUncertainFields())
            result.push_back(uncertainColumn(spec));
        result.push_back(audienceColumn());
        result.push_back(frequencyColumn());
        break;
    case ItemKind::CreatorDeal:
        result.push_back(textColumn("name", &CreatorDeal::name, Editor::Text));
        result.push_back(textColumn("platform", &CreatorDeal::platform, Editor::Platform));
        result.push_back(textColumn("tier", &CreatorDeal::tier, Editor::Text));
        for (const auto &spec : creatorDealUncertainFields()) {
            result.push_back(uncertainColumn(spec));
            if (qstrcmp(spec.key, "reach_rate") == 0)
                result.push_back(postsColumn());
        }
        break;
    case ItemKind::OrganicStream:
        result.push_back(textColumn("name", &OrganicStream::name, Editor::Text));
        result.push_back(textColumn("platform", &OrganicStream::platform, Editor::Platform));
        for (const auto &spec : organicStreamUncertainFields()) {
            result.push_back(uncertainColumn(spec));
            if (qstrcmp(spec.key, "followers") == 0)
                result.push_back(numberColumn("posts_per_week", &OrganicStream::postsPerWeek));
        }
        break;
    }
    return result;
}

} // namespace funnelcast::ui
