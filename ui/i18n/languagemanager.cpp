#include "i18n/languagemanager.h"

#include "model/inputerror.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

namespace funnelcast::ui {

namespace {

const char *const kLanguageKey = "ui/language";

QLocale localeFor(const QString &language)
{
    if (language == QLatin1String("ko"))
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    // Keep the system's own English locale (en_GB dates, en_US units...) when it is English.
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::English)
        return system;
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void warn(const QString &message)
{
    const QByteArray bytes = message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}

} // namespace

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

bool LanguageManager::isSupported(const QString &language)
{
    return supportedLanguages().contains(language);
}

QString LanguageManager::savedLanguage()
{
    const QString saved = QSettings().value(QLatin1String(kLanguageKey)).toString();
    return isSupported(saved) ? saved : QString();
}

void LanguageManager::saveLanguage(const QString &language)
{
    QSettings().setValue(QLatin1String(kLanguageKey), language);
}

QString LanguageManager::preferredLanguage()
{
    const QString saved = savedLanguage();
    if (!saved.isEmpty())
        return saved;
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko")
                                                           : QStringLiteral("en");
}

QString LanguageManager::install(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    // Translators live as long as the application; parented to it so they are freed with it.
    auto *own = new QTranslator(app);
    const QString ownPath = QStringLiteral(":/i18n/funnelcast_%1.qm").arg(language);
    if (!own->load(ownPath)) {
        delete own;
        if (language != QLatin1String("en"))
            warn(QStringLiteral("Funnelcast: the %1 translation (%2) is missing; using English.")
                     .arg(language, ownPath));
        QLocale::setDefault(localeFor(QStringLiteral("en")));
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);

    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt; // standard dialogs stay English; our own strings are still translated
    }
    QLocale::setDefault(localeFor(language));
    return language;
}

QString LanguageManager::takeLanguageArgument(QStringList &arguments)
{
    QString language;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size())
                throw UsageError(QCoreApplication::translate("LanguageManager", "The option --lang needs a value: %1.")
                                     .arg(supportedLanguages().join(QStringLiteral(", "))));
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
            break;
        }
        if (arg.startsWith(QLatin1String("--lang="))) {
            language = arg.mid(7);
            arguments.remove(i);
            break;
        }
    }
    if (!language.isEmpty() && !isSupported(language))
        throw UsageError(QCoreApplication::translate("LanguageManager", "Unknown language \"%1\"; the supported languages are %2.")
                             .arg(language, supportedLanguages().join(QStringLiteral(", "))));
    return language;
}

} // namespace funnelcast::ui
