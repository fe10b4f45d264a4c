#include "PersonCard.h"

#include "desktop/core/FieldText.h"
#include "desktop/core/PersonFields.h"
#include "desktop/models/RolesModel.h"

#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

namespace commonroom {

namespace {

constexpr int kPhotoSize = 96;

// The fields below the name, in the profile's order; the name, pronouns, role and photo have
// their own places.
constexpr const char *kCardFields[]
    = {"email", "phone", "address", "area", "neighbourhood", "languages", "skills", "interests", "bio", "links"};

// Up to two initials of the name, on a disc of the palette's mid tone: a face for those without
// a photo, so that every card has the same shape.
QPixmap initialsPixmap(const QString &name, const QPalette &palette, qreal scale)
{
    QString initials;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        initials += word.front().toUpper();
        if (initials.size() == 2)
            break;
    }
    QPixmap pixmap(QSize(kPhotoSize, kPhotoSize) * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::Mid));
    painter.drawEllipse(QRectF(0, 0, kPhotoSize, kPhotoSize));
    QFont font = painter.font();
    font.setPixelSize(kPhotoSize * 2 / 5);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::Base));
    painter.drawText(QRectF(0, 0, kPhotoSize, kPhotoSize), Qt::AlignCenter, initials);
    return pixmap;
}

} // namespace

PersonCard::PersonCard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("personCard"));
    auto *layout = new QGridLayout(this);
    m_photo = new QLabel(this);
    m_photo->setObjectName(QStringLiteral("cardPhoto"));
    m_photo->setFixedSize(kPhotoSize, kPhotoSize);
    m_photo->setAlignment(Qt::AlignCenter);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("cardName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_fields = new QLabel(this);
    m_fields->setObjectName(QStringLiteral("cardFields"));
    m_fields->setTextFormat(Qt::RichText); // built from escaped values only
    m_fields->setWordWrap(true);
    m_fields->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fields->setFocusPolicy(Qt::StrongFocus);
    auto *heading = new QVBoxLayout;
    heading->addStretch(1);
    heading->addWidget(m_name);
    heading->addWidget(m_subtitle);
    heading->addStretch(1);
    layout->addWidget(m_photo, 0, 0);
    layout->addLayout(heading, 0, 1);
    layout->addWidget(m_fields, 1, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(2, 1);
    setAccessibleName(tr("Person"));
    showNote({});
}

void PersonCard::setPerson(const FieldMap &row)
{
    const QString name = fieldText(row, "display_name");
    const QString shownName = name.isEmpty() ? tr("(name not shared)") : name;
    m_name->setText(shownName);
    QStringList lines {tr("%1: %2").arg(PersonFields::label("display_name"), shownName)};

    QStringList subtitle;
    if (const QString pronouns = fieldText(row, "pronouns"); !pronouns.isEmpty()) {
        subtitle << pronouns;
        lines << tr("%1: %2").arg(PersonFields::label("pronouns"), pronouns);
    }
    if (const QString role = fieldText(row, "role"); !role.isEmpty()) {
        subtitle << RolesModel::roleText(role);
        lines << tr("Role: %1").arg(RolesModel::roleText(role));
    }
    if (fieldText(row, "status") == QLatin1String("inactive"))
        subtitle << tr("inactive");
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_subtitle->setVisible(!subtitle.isEmpty());

    QPixmap photo;
    if (const QString data = fieldText(row, "photo");
        !data.isEmpty() && photo.loadFromData(QByteArray::fromBase64(data.toLatin1()))) {
        const qreal scale = devicePixelRatioF();
        QPixmap shown = photo.scaled(m_photo->size() * scale, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        shown.setDevicePixelRatio(scale); // sharp at 2x, and no larger than its place
        m_photo->setPixmap(shown);
        m_photo->setAccessibleName(tr("Photo of %1").arg(shownName));
        lines << tr("%1: shown").arg(PersonFields::label("photo"));
    } else {
        m_photo->setPixmap(initialsPixmap(name, palette(), devicePixelRatioF()));
        m_photo->setAccessibleName(tr("No photo"));
    }

    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const char *field : kCardFields) {
        const QString value = fieldText(row, field);
        if (value.isEmpty())
            continue;
        const QString label = PersonFields::label(field);
        html += QStringLiteral("<tr><td valign=\"top\" style=\"padding-right: 12px;\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(),
                        value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        lines << tr("%1: %2").arg(label, QString(value).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    }
    html += QStringLiteral("</table>");
    m_fields->setText(html);
    m_fields->setAccessibleName(lines.join(QLatin1Char('\n')));
    m_photo->show();
    m_name->show();
    m_text = lines.join(QLatin1Char('\n'));
}

void PersonCard::showNote(const QString &note)
{
    m_photo->hide();
    m_name->hide();
    m_subtitle->hide();
    m_fields->setText(note.toHtmlEscaped());
    m_fields->setAccessibleName(note);
    m_text = note;
}

} // namespace commonroom
