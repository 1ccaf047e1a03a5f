#pragma once

#include <QJsonDocument>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace funnelcast::app {

// Parses a subcommand's arguments: positionals, `--name value` / `--name=value` options and
// `--flag` switches. Unknown options, a missing value or a wrong count throw UsageError.
class Arguments
{
public:
    Arguments(const QStringList &args, const QStringList &valueOptions,
              const QStringList &flagOptions);

    const QStringList &positional() const { return m_positional; }
    // The i-th positional; throws UsageError naming `what` when it is missing.
    QString positional(int index, const QString &what) const;
    // Throws UsageError if more than `count` positionals were given.
    void expectAtMostPositionals(int count) const;

    bool flag(const QString &name) const { return m_flags.contains(name); }
    std::optional<QString> value(const QString &name) const;
    // A whole number option within [min, max]; UsageError when not a number or out of range.
    std::optional<long long> integer(const QString &name, long long min, long long max) const;
    // A finite number option within [min, max].
    std::optional<double> number(const QString &name, double min, double max) const;

private:
    QStringList m_positional;
    QStringList m_flags;
    QMap<QString, QString> m_values;
};

// Writes a JSON document to stdout as UTF-8 (indented) and flushes.
void printJson(const QJsonDocument &document);
// Writes one sentence to stderr.
void printError(const QString &message);

} // namespace funnelcast::app
