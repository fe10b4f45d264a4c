#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace commonroom {

QList<QTranslator *> installTranslators(QCoreApplication &app, const QLocale &locale)
{
    QList<QTranslator *> installed;
    const auto install = [&](QTranslator *translator, bool loaded) {
        if (!loaded) {
            delete translator;
            return false;
        }
        QCoreApplication::installTranslator(translator);
        installed << translator;
        return true;
    };
    const QString i18n = QStringLiteral(":/i18n");
    auto *own = new QTranslator(&app);
    if (!install(own, own->load(locale, QStringLiteral("commonroom"), QStringLiteral("_"), i18n))) {
        auto *english = new QTranslator(&app);
        install(english, english->load(QStringLiteral("commonroom_en"), i18n));
    }
    auto *qt = new QTranslator(&app);
    install(qt,
        qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    return installed;
}

} // namespace commonroom
