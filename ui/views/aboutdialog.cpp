#include "views/aboutdialog.h"

#include "io/platformdefaults.h"
#include "model/inputerror.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtGlobal>

namespace funnelcast::ui {

namespace {

// The distinct source texts of every platform's and creator tier's defaults, in a stable order.
QStringList defaultAssumptionSources()
{
    QStringList sources;
    try {
        const PlatformDefaults defaults = PlatformDefaults::fromResource();
        QSet<QString> seen;
        auto add = [&](const QString &source) {
            const QString text = source.trimmed();
            if (!text.isEmpty() && !seen.contains(text)) {
                seen.insert(text);
                sources.append(text);
            }
        };
        for (const QString &platform : defaults.platforms())
            if (const auto channel = defaults.paidChannel(platform, QStringLiteral("USD")))
                add(QStringLiteral("%1: %2").arg(channel->label, channel->source));
        for (const QString &platform : defaults.creatorPlatforms())
            for (const QString &tier : PlatformDefaults::tiers())
                if (const auto deal = defaults.creatorDeal(platform, tier, QStringLiteral("USD")))
                    add(deal->source);
    } catch (const InputError &e) {
        sources.append(e.message());
    }
    return sources;
}

} // namespace

QString AboutDialog::aboutHtml()
{
    QString html = tr("<h3>Funnelcast %1</h3>"
                      "<p>Plan social-media campaigns: channels, creator deals and budgets, with "
                      "forecasts that show their uncertainty. Plans stay on this computer.</p>")
                       .arg(QStringLiteral(FUNNELCAST_VERSION).toHtmlEscaped());
    html += tr("<h4>Built with</h4>"
               "<ul><li>Qt %1 (run time %2), used under the GNU Lesser General Public License "
               "version 3 (LGPL-3.0); Qt Charts under the GNU General Public License version 3."
               "</li><li>SQLite %3, in the public domain.</li></ul>")
                .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                     Database::sqliteVersion());
    html += tr("<h4>Sources of the default assumptions</h4>"
               "<p>New channels and creator deals start from published benchmarks; every default "
               "stays editable and shows its source in the editor.</p>");
    html += QStringLiteral("<ul>");
    for (const QString &source : defaultAssumptionSources())
        html += QStringLiteral("<li>%1</li>").arg(source.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    return html;
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Funnelcast"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QTextBrowser(this);
    text->setOpenExternalLinks(true);
    text->setHtml(aboutHtml());
    text->setAccessibleName(tr("About Funnelcast"));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 520);
}

} // namespace funnelcast::ui
