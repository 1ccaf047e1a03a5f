#include "io/planjsonwriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

namespace funnelcast {

namespace {

// One order for every level: a key's rank wherever it appears. Keys not listed sort after.
const QHash<QString, int> &keyRanks()
{
    static const QHash<QString, int> ranks = [] {
        const char *const keys[] = { "format", "version", "name", "platform", "tier", "currency",
            "start", "weeks", "population", "margin", "budget", "spend", "flighting", "pattern",
            "weights", "min_spend", "max_spend", "locked", "cpm", "audience",
            "max_weekly_frequency", "followers", "posts_per_week", "reach_rate", "posts",
            "fee_per_post", "cost_per_post", "ctr", "view_rate", "cart_rate", "purchase_rate",
            "aov", "fee_rate", "return_rate", "carryover", "commission_rate", "low", "base", "high",
            "channels", "creators", "organic", "scenarios" };
        QHash<QString, int> result;
        int rank = 0;
        for (const char *key : keys)
            result.insert(QLatin1String(key), rank++);
        return result;
    }();
    return ranks;
}

QStringList orderedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys(); // alphabetical
    const QHash<QString, int> &ranks = keyRanks();
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return ranks.value(a, ranks.size()) < ranks.value(b, ranks.size());
    });
    return keys;
}

QByteArray scalar(const QJsonValue &value)
{
    // QJsonDocument does the escaping and the shortest round-trip number form.
    QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

bool isScalar(const QJsonValue &value)
{
    return !value.isObject() && !value.isArray();
}

// Small containers of scalars go on one line.
bool fitsOnOneLine(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.size() > 4)
            return false;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isObject())
                return false;
            if (it.value().isArray() && !fitsOnOneLine(it.value()))
                return false;
        }
        return true;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::all_of(
            array.begin(), array.end(), [](const QJsonValue &v) { return isScalar(v); });
    }
    return true;
}

void writeValue(QByteArray &out, const QJsonValue &value, int indent);

void writeInline(QByteArray &out, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        out += '{';
        bool first = true;
        for (const QString &key : orderedKeys(object)) {
            if (!first)
                out += ", ";
            first = false;
            out += scalar(key) + ": ";
            writeInline(out, object.value(key));
        }
        out += '}';
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ", ";
            writeInline(out, array.at(i));
        }
        out += ']';
    } else {
        out += scalar(value);
    }
}

void writeValue(QByteArray &out, const QJsonValue &value, int indent)
{
    if (fitsOnOneLine(value)) {
        writeInline(out, value);
        return;
    }
    const QByteArray inner(indent + 2, ' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        out += "{\n";
        const QStringList keys = orderedKeys(object);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += inner + scalar(keys.at(i)) + ": ";
            writeValue(out, object.value(keys.at(i)), indent + 2);
            out += (i + 1 < keys.size()) ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + '}';
    } else {
        const QJsonArray array = value.toArray();
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += inner;
            writeValue(out, array.at(i), indent + 2);
            out += (i + 1 < array.size()) ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + ']';
    }
}

} // namespace

QByteArray PlanJsonWriter::write(const QJsonObject &object)
{
    QByteArray out;
    writeValue(out, object, 0);
    out += '\n';
    return out;
}

} // namespace funnelcast
