#include "io/jsonfieldreader.h"

#include "model/inputerror.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace funnelcast {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("PlanJson", text);
}

} // namespace

JsonFieldReader::JsonFieldReader(const QJsonObject &object, const QString &path)
    : m_object(object)
    , m_path(path)
{ }

QString JsonFieldReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonFieldReader::fail(const QString &path, const QString &message)
{
    throw InputError(path.isEmpty() ? message : path + QStringLiteral(": ") + message);
}

bool JsonFieldReader::has(const char *key) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    return !value.isUndefined() && !value.isNull();
}

QJsonValue JsonFieldReader::take(const char *key)
{
    m_known.push_back(key);
    const QJsonValue value = m_object.value(QLatin1String(key));
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

QJsonValue JsonFieldReader::takeRequired(const char *key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        fail(pathOf(key), translated(QT_TRANSLATE_NOOP("PlanJson", "is required")));
    return value;
}

double JsonFieldReader::numberValue(const QJsonValue &value, const QString &path)
{
    if (!value.isDouble())
        fail(path, translated(QT_TRANSLATE_NOOP("PlanJson", "must be a number")));
    const double number = value.toDouble();
    // QJsonDocument refuses NaN and overflowing literals, but a QJsonObject built in code can
    // still carry them.
    if (!std::isfinite(number))
        fail(path, translated(QT_TRANSLATE_NOOP("PlanJson", "must be a finite number")));
    return number;
}

int JsonFieldReader::integerValue(const QJsonValue &value, const QString &path, int outOfRange)
{
    const double number = numberValue(value, path);
    if (number != std::floor(number))
        fail(path, translated(QT_TRANSLATE_NOOP("PlanJson", "must be a whole number")));
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        return outOfRange;
    return static_cast<int>(number);
}

QJsonObject JsonFieldReader::objectValue(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        fail(path, translated(QT_TRANSLATE_NOOP("PlanJson", "must be an object")));
    return value.toObject();
}

Uncertain JsonFieldReader::uncertainValue(const QJsonValue &value, const QString &path)
{
    if (value.isDouble())
        return Uncertain(numberValue(value, path));
    if (!value.isObject())
        fail(path,
            translated(QT_TRANSLATE_NOOP(
                "PlanJson", "must be a number or an object with low, base and high")));
    // Other keys inside a triple are ignored: Uncertain has no place to keep them.
    JsonFieldReader triple(value.toObject(), path);
    const double low = triple.requiredNumber("low");
    const double base = triple.requiredNumber("base");
    const double high = triple.requiredNumber("high");
    return Uncertain(low, base, high);
}

double JsonFieldReader::requiredNumber(const char *key)
{
    return numberValue(takeRequired(key), pathOf(key));
}

std::optional<double> JsonFieldReader::optionalNumber(const char *key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    return numberValue(value, pathOf(key));
}

int JsonFieldReader::requiredInteger(const char *key, int outOfRange)
{
    return integerValue(takeRequired(key), pathOf(key), outOfRange);
}

QString JsonFieldReader::requiredString(const char *key)
{
    const QJsonValue value = takeRequired(key);
    if (!value.isString())
        fail(pathOf(key), translated(QT_TRANSLATE_NOOP("PlanJson", "must be a string")));
    return value.toString();
}

std::optional<QString> JsonFieldReader::optionalString(const char *key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString())
        fail(pathOf(key), translated(QT_TRANSLATE_NOOP("PlanJson", "must be a string")));
    return value.toString();
}

bool JsonFieldReader::optionalBool(const char *key, bool defaultValue)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return defaultValue;
    if (!value.isBool())
        fail(pathOf(key), translated(QT_TRANSLATE_NOOP("PlanJson", "must be true or false")));
    return value.toBool();
}

Uncertain JsonFieldReader::requiredUncertain(const char *key)
{
    return uncertainValue(takeRequired(key), pathOf(key));
}

std::optional<Uncertain> JsonFieldReader::optionalUncertain(const char *key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    return uncertainValue(value, pathOf(key));
}

QJsonArray JsonFieldReader::requiredArray(const char *key)
{
    const QJsonValue value = takeRequired(key);
    if (!value.isArray())
        fail(pathOf(key), translated(QT_TRANSLATE_NOOP("PlanJson", "must be a list")));
    return value.toArray();
}

QJsonArray JsonFieldReader::optionalArray(const char *key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return QJsonArray();
    if (!value.isArray())
        fail(pathOf(key), translated(QT_TRANSLATE_NOOP("PlanJson", "must be a list")));
    return value.toArray();
}

std::optional<QJsonObject> JsonFieldReader::optionalObject(const char *key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    return objectValue(value, pathOf(key));
}

QJsonObject JsonFieldReader::unknownFields() const
{
    QJsonObject unknown;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        const bool known = std::any_of(
            m_known.begin(), m_known.end(), [&](const char *k) { return key == QLatin1String(k); });
        if (!known)
            unknown.insert(key, it.value());
    }
    return unknown;
}

} // namespace funnelcast
