#include "document/issuetext.h"

#include "document/fieldinfo.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace funnelcast::ui {

namespace {

QString finish(QString sentence)
{
    if (!sentence.endsWith(QLatin1Char('.')))
        sentence += QLatin1Char('.');
    return sentence;
}

} // namespace

QString IssueText::partLabel(const QString &part)
{
    if (part == QLatin1String("low"))
        return tr("low");
    if (part == QLatin1String("high"))
        return tr("high");
    if (part == QLatin1String("base"))
        return tr("base");
    return part;
}

QString IssueText::describe(const Plan &plan, const ValidationIssue &issue)
{
    static const QRegularExpression itemPath(QStringLiteral(
        R"(^scenarios\[(\d+)\](?:\.(channels|creators|organic)\[(\d+)\])?(?:\.([a-z_]+))?(?:\[\d+\])?(?:\.(low|base|high))?)"));
    static const QRegularExpression headerPath(QStringLiteral(R"(^([a-z_]+)$)"));

    const QRegularExpressionMatch m = itemPath.match(issue.path);
    if (!m.hasMatch()) {
        const QRegularExpressionMatch h = headerPath.match(issue.path);
        if (h.hasMatch())
            return finish(QStringLiteral("%1: %2").arg(FieldInfo::of(h.captured(1)).label,
                                                       issue.message));
        return finish(issue.toString());
    }
    const int scenarioIndex = m.captured(1).toInt();
    if (scenarioIndex < 0 || scenarioIndex >= int(plan.scenarios.size()))
        return finish(issue.toString());
    const Scenario &scenario = plan.scenarios[size_t(scenarioIndex)];

    QString owner = tr("Scenario “%1”").arg(scenario.name);
    const QString list = m.captured(2);
    if (!list.isEmpty()) {
        const size_t i = size_t(m.captured(3).toInt());
        QString name;
        if (list == QLatin1String("channels") && i < scenario.channels.size())
            name = scenario.channels[i].name;
        else if (list == QLatin1String("creators") && i < scenario.creators.size())
            name = scenario.creators[i].name;
        else if (list == QLatin1String("organic") && i < scenario.organic.size())
            name = scenario.organic[i].name;
        owner = name.trimmed().isEmpty() ? tr("Item %1").arg(i + 1) : QStringLiteral("“%1”").arg(name);
    }
    QString field;
    if (!m.captured(4).isEmpty()) {
        field = FieldInfo::of(m.captured(4)).label;
        if (!m.captured(5).isEmpty())
            field = tr("%1 (%2)").arg(field, partLabel(m.captured(5)));
    }
    if (field.isEmpty())
        return finish(QStringLiteral("%1: %2").arg(owner, issue.message));
    return finish(QStringLiteral("%1, %2: %3").arg(owner, field, issue.message));
}

} // namespace funnelcast::ui
