#pragma once

#include "model/uncertain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace funnelcast {

// Reads the typed fields of one JSON object of a plan, naming each field by its path in the
// InputError it throws ("scenarios[0].channels[1].cpm: must be a number"). It remembers which
// keys it was asked for, so whatever is left over is the object's unknown fields.
// A JSON null counts as absent.
class JsonFieldReader
{
public:
    JsonFieldReader(const QJsonObject &object, const QString &path);

    QString pathOf(const QString &key) const;
    QString pathOf(const char *key) const { return pathOf(QLatin1String(key)); }
    [[noreturn]] static void fail(const QString &path, const QString &message);

    bool has(const char *key) const;

    double requiredNumber(const char *key);
    std::optional<double> optionalNumber(const char *key);
    // A whole number; one outside int's range becomes `outOfRange` for the validator to refuse.
    int requiredInteger(const char *key, int outOfRange);
    QString requiredString(const char *key);
    std::optional<QString> optionalString(const char *key);
    bool optionalBool(const char *key, bool defaultValue);
    Uncertain requiredUncertain(const char *key);
    std::optional<Uncertain> optionalUncertain(const char *key);
    QJsonArray requiredArray(const char *key);
    QJsonArray optionalArray(const char *key);
    std::optional<QJsonObject> optionalObject(const char *key);

    // Keys never asked for, kept to be written back.
    QJsonObject unknownFields() const;

    // Conversions of values that are not object members (list items).
    static double numberValue(const QJsonValue &value, const QString &path);
    static int integerValue(const QJsonValue &value, const QString &path, int outOfRange);
    static QJsonObject objectValue(const QJsonValue &value, const QString &path);
    static Uncertain uncertainValue(const QJsonValue &value, const QString &path);

private:
    // The value of `key`, or undefined when absent or null; marks the key as known.
    QJsonValue take(const char *key);
    QJsonValue takeRequired(const char *key);

    QJsonObject m_object;
    QString m_path;
    std::vector<const char *> m_known; // literal keys; a handful per object
};

} // namespace funnelcast
