#include "arguments.h"

#include "model/inputerror.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>

namespace funnelcast::app {

Arguments::Arguments(const QStringList &args, const QStringList &valueOptions,
                     const QStringList &flagOptions)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            m_positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (valueOptions.contains(name)) {
            if (inlineValue) {
                m_values.insert(name, *inlineValue);
            } else if (i + 1 < args.size()) {
                m_values.insert(name, args.at(++i));
            } else {
                throw UsageError(QCoreApplication::translate("Arguments", "The option --%1 needs a value.").arg(name));
            }
        } else if (flagOptions.contains(name) && !inlineValue) {
            m_flags.append(name);
        } else {
            throw UsageError(QCoreApplication::translate("Arguments", "Unknown option --%1.").arg(name));
        }
    }
}

QString Arguments::positional(int index, const QString &what) const
{
    if (index >= m_positional.size())
        throw UsageError(QCoreApplication::translate("Arguments", "Missing argument: %1.").arg(what));
    return m_positional.at(index);
}

void Arguments::expectAtMostPositionals(int count) const
{
    if (m_positional.size() > count)
        throw UsageError(QCoreApplication::translate("Arguments", "Unexpected argument \"%1\".")
                             .arg(m_positional.at(count)));
}

std::optional<QString> Arguments::value(const QString &name) const
{
    auto it = m_values.constFind(name);
    if (it == m_values.constEnd())
        return std::nullopt;
    return it.value();
}

std::optional<long long> Arguments::integer(const QString &name, long long min, long long max) const
{
    const std::optional<QString> text = value(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const long long v = text->toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw UsageError(QCoreApplication::translate("Arguments", "--%1 must be a whole number from %2 to %3, not \"%4\".")
                             .arg(name).arg(min).arg(max).arg(*text));
    return v;
}

std::optional<double> Arguments::number(const QString &name, double min, double max) const
{
    const std::optional<QString> text = value(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const double v = text->toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max)
        throw UsageError(QCoreApplication::translate("Arguments", "--%1 must be a number from %2 to %3, not \"%4\".")
                             .arg(name).arg(min).arg(max).arg(*text));
    return v;
}

void printJson(const QJsonDocument &document)
{
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &message)
{
    const QByteArray bytes = message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace funnelcast::app
