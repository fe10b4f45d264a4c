#include "PersonEditor.h"

#include "PersonCard.h"

#include "Prompts.h"
#include "common/Authorization.h"
#include "common/EmailAddress.h"

#include "common/Privacy.h"
#include "common/ProfileMedia.h"
#include "common/Schema.h"
#include "desktop/core/LocalStore.h"
#include "desktop/core/PersonFields.h"
#include "desktop/core/Terms.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace commonroom {

namespace {

// Profile fields in the order of the form; the long ones get a paragraph editor.
struct ProfileField
{
    const char *name;
    bool paragraph;
};
constexpr ProfileField kProfileFields[] = {
    {"photo", false}, // first, as people are recognised
    {"display_name", false},
    {"given_name", false},
    {"family_name", false},
    {"pronouns", false},
    {"email", false},
    {"phone", false},
    {"address", true},
    {"area", false},
    {"neighbourhood", false},
    {"languages", false},
    {"skills", true},
    {"interests", true},
    {"bio", true},
    {"links", true},
};

// The visibility combo box lists the levels in this order, matching enum Visibility.
constexpr const char *kVisibilityValues[] = {"public", "members", "leaders", "private"};

QString toQString(const FieldValue &value)
{
    return QString::fromStdString(toDisplayString(value));
}

FieldValue valueOf(const FieldMap &row, const std::string &name)
{
    const auto it = row.find(name);
    return it == row.end() ? FieldValue {} : it->second;
}

// Encodes `image` as a JPEG of at most the photo size limit, lowering the quality until it fits.
QByteArray encodePhoto(const QImage &image)
{
    for (int quality : {85, 70, 55, 40, 25}) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "JPEG", quality))
            return {};
        if (std::size_t(bytes.size()) <= ProfileMedia::kMaxPhotoBytes)
            return bytes;
    }
    return {};
}

} // namespace

PersonEditor::PersonEditor(LocalStore &store, Prompts &prompts, const QString &personId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_prompts(prompts)
    , m_personId(personId)
    , m_isNew(personId.isEmpty())
{
    const QString me = m_store.setting(QStringLiteral("person_id"));
    m_viewerRole = roleFromString(m_store.setting(QStringLiteral("role")).toStdString()).value_or(Role::Applicant);
    m_isOwn = !m_isNew && personId == me;

    FieldMap row;
    if (!m_isNew) {
        if (auto stored = m_store.row(QStringLiteral("person"), personId))
            row = std::move(*stored);
    }
    // Decided by the same rule table as on the daemon.
    const Principal viewer = m_store.principal();
    const TableDef &person = *findTable("person");
    const auto allowed = [&](const FieldMap &fields) {
        return authorize(
            viewer, MutationContext {person, m_isNew ? Operation::Create : Operation::Update, fields, m_isOwn, false})
            .ok();
    };
    m_readOnly = !allowed({});
    m_visibilityEditable = !m_readOnly && allowed({{visibilityColumn("email"), std::string("members")}});

    const QString name = toQString(valueOf(row, "display_name"));
    if (m_isNew)
        setWindowTitle(tr("New person"));
    else if (m_readOnly)
        setWindowTitle(name.isEmpty() ? tr("Person") : name);
    else
        setWindowTitle(name.isEmpty() ? tr("Edit person") : tr("Edit %1").arg(name));
    setAccessibleName(windowTitle());
    if (!m_readOnly)
        setWindowTitle(windowTitle() + QStringLiteral("[*]")); // marked while unsaved
    setObjectName(QStringLiteral("personEditor"));

    buildForm(row);
    resize(560, 640);
}

void PersonEditor::buildForm(const FieldMap &row)
{
    auto *layout = new QVBoxLayout(this);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    layout->addWidget(m_error);

    if (m_readOnly && !m_isNew) {
        auto *note = new QLabel(tr("You can view this profile but not change it."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    } else if (!m_visibilityEditable && !m_isNew) {
        auto *note = new QLabel(tr("Only this person chooses who sees each field of their profile."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    // Leaders learn why someone is not mailed: the server refused their address (docs/groupmail.md).
    if (const QString bounced = toQString(valueOf(row, "mail_bounced_at")); !bounced.isEmpty() && !m_isNew) {
        const QDateTime when = QDateTime::fromString(bounced, Qt::ISODate);
        auto *note = new QLabel(tr("The mail server refused this person's address on %1, so group messages and "
                                   "reminders are not mailed to it. Ask them for another address.")
                                    .arg(QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat)),
            this);
        note->setObjectName(QStringLiteral("mailBouncedNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("personTabs"));
    m_tabs->setDocumentMode(true);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Fields as wide as a line one reads, not as the window: about 80 characters.
    page->setMaximumWidth(fontMetrics().averageCharWidth() * 80 + 200);
    scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    scroll->setWidget(page);
    m_tabs->addTab(scroll, tr("Profile"));
    layout->addWidget(m_tabs, 1);

    static const TableDef *person = findTable("person");
    const Principal viewer = m_store.principal();
    const Visibility clearance
        = m_isNew ? Visibility::Private : clearanceFor(viewer, *person, m_personId.toStdString());

    auto hiddenFromViewer = [&](const std::string &name) {
        const FieldDef *def = person->field(name);
        return def && isNull(valueOf(row, name)) && effectiveVisibility(*def, row) > clearance;
    };

    for (const auto &field : kProfileFields) {
        const Kind kind = std::string_view(field.name) == "photo" ? Kind::Photo
            : field.paragraph                                     ? Kind::Paragraph
                                                                  : Kind::Line;
        addField(field.name, kind, row, hiddenFromViewer(field.name));
    }
    if (m_viewerRole >= Role::Leader) {
        addField("status", Kind::Status, row, false);
        addField("leadership_level", Kind::Level, row, false);
    }
    if (m_viewerRole == Role::Admin)
        addField("role", Kind::Role, row, false);

    QWidget *previous = nullptr;
    for (auto &field : m_fields) {
        auto *label = new QLabel(PersonFields::label(field.name), page);
        label->setBuddy(field.input);
        auto *cell = new QWidget(page);
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        field.input->setParent(cell);
        cellLayout->addWidget(field.input, 1);
        // The photo editor takes the keyboard through its buttons.
        QList<QWidget *> stops {field.input};
        if (field.kind == Kind::Photo) {
            stops.clear();
            for (QPushButton *button : field.input->findChildren<QPushButton *>())
                stops << button;
        }
        for (QWidget *stop : stops) {
            if (previous)
                setTabOrder(previous, stop);
            previous = stop;
        }
        if (field.visibility) {
            field.visibility->setParent(cell);
            cellLayout->addWidget(field.visibility, 0, field.kind == Kind::Paragraph ? Qt::AlignTop : Qt::Alignment());
            setTabOrder(previous, field.visibility);
            previous = field.visibility;
        }
        form->addRow(label, cell);
    }
    // Ctrl+Tab switches between the tabs (no Alt letters: the main window's menus use them).
    m_tabs->addTab(createPreview(), tr("Preview"));
    m_tabs->setTabToolTip(1, tr("How others see this profile (Ctrl+Tab)"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &PersonEditor::updatePreview);

    m_buttons = new QDialogButtonBox(this);
    if (m_readOnly) {
        m_buttons->addButton(QDialogButtonBox::Close);
    } else {
        m_buttons->addButton(QDialogButtonBox::Save);
        m_buttons->addButton(QDialogButtonBox::Cancel);
        m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_unsaved = new QLabel(tr("Unsaved changes (Ctrl+S saves)"), this);
    m_unsaved->setObjectName(QStringLiteral("unsavedNote"));
    m_unsaved->setForegroundRole(QPalette::PlaceholderText);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_unsaved);
    bottom->addWidget(m_buttons, 1);
    layout->addLayout(bottom);
    if (previous)
        setTabOrder(previous, m_buttons);

    if (QWidget *name = nameInput())
        name->setFocus();

    // Ctrl+S saves where the buttons do; an edit marks the form unsaved until then.
    if (!m_readOnly) {
        auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
        saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(saveShortcut, &QShortcut::activated, this, &PersonEditor::save);
    }
    for (const auto &field : m_fields) {
        if (auto *line = qobject_cast<QLineEdit *>(field.input))
            connect(line, &QLineEdit::textChanged, this, &PersonEditor::updateModified);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field.input))
            connect(text, &QPlainTextEdit::textChanged, this, &PersonEditor::updateModified);
        else if (auto *combo = qobject_cast<QComboBox *>(field.input))
            connect(combo, &QComboBox::currentIndexChanged, this, &PersonEditor::updateModified);
        if (field.visibility)
            connect(field.visibility, &QComboBox::currentIndexChanged, this, &PersonEditor::updateModified);
    }
    updateModified();
}

QWidget *PersonEditor::nameInput() const
{
    for (const auto &field : m_fields) {
        if (field.name == "display_name")
            return field.input;
    }
    return nullptr;
}

bool PersonEditor::isModified() const
{
    return !changedFields().empty();
}

void PersonEditor::updateModified()
{
    if (!m_unsaved)
        return; // still building the form
    const bool modified = isModified();
    setWindowModified(modified);
    m_unsaved->setVisible(modified);
}

PersonEditor::FieldEditor &PersonEditor::addField(const std::string &name, Kind kind, const FieldMap &row, bool hidden)
{
    static const TableDef *person = findTable("person");
    const FieldDef *def = person->field(name);
    FieldEditor field;
    field.name = name;
    field.kind = kind;
    field.original = valueOf(row, name);
    const QString label = PersonFields::label(name);
    const QString value = toQString(field.original);

    switch (kind) {
    case Kind::Line: {
        auto *edit = new QLineEdit(value, this);
        edit->setReadOnly(m_readOnly);
        if (def)
            edit->setMaxLength(static_cast<int>(def->maxLength));
        if (name == "email")
            edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        else if (name == "phone")
            edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        if (hidden)
            edit->setPlaceholderText(tr("Not shared with you"));
        field.input = edit;
        break;
    }
    case Kind::Paragraph: {
        auto *edit = new QPlainTextEdit(value, this);
        edit->setReadOnly(m_readOnly);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        if (hidden)
            edit->setPlaceholderText(tr("Not shared with you"));
        field.input = edit;
        break;
    }
    case Kind::Status: {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("Not set"), QString());
        combo->addItem(tr("Active"), QStringLiteral("active"));
        combo->addItem(tr("Inactive"), QStringLiteral("inactive"));
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        combo->setEnabled(!m_readOnly);
        field.input = combo;
        break;
    }
    case Kind::Level: {
        // The rungs of the community's leadership ladder, by their names (docs/organizing.md).
        auto *combo = new QComboBox(this);
        combo->addItem(tr("Not on the ladder"), 0);
        const Terms terms(m_store);
        for (int rung = 1; rung <= 5; ++rung)
            combo->addItem(tr("%1 – %2").arg(rung).arg(terms.levelName(rung)), rung);
        const auto *level = std::get_if<std::int64_t>(&field.original);
        combo->setCurrentIndex(level ? static_cast<int>(std::clamp<std::int64_t>(*level, 0, 5)) : 0);
        combo->setEnabled(!m_readOnly);
        combo->setToolTip(tr("How far this person has come on the community's leadership ladder, from first "
                             "contact to organizing others. Only leaders and admins change it."));
        field.input = combo;
        break;
    }
    case Kind::Photo:
        m_photoBase64 = value;
        field.input = createPhotoEditor(label, hidden);
        break;
    case Kind::Role: {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("Not set"), QString());
        combo->addItem(tr("Applicant"), QStringLiteral("applicant"));
        combo->addItem(tr("Member"), QStringLiteral("member"));
        combo->addItem(tr("Leader"), QStringLiteral("leader"));
        combo->addItem(tr("Admin"), QStringLiteral("admin"));
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        combo->setEnabled(!m_readOnly);
        field.input = combo;
        break;
    }
    }
    field.input->setObjectName(QString::fromStdString(name));
    field.input->setAccessibleName(label);
    if (hidden)
        field.input->setToolTip(tr("Not shared with you. Whatever you type here replaces the hidden value."));

    if (def && def->ownerChoosesVisibility) {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("Public"), QString::fromLatin1(kVisibilityValues[0]));
        combo->addItem(tr("Members"), QString::fromLatin1(kVisibilityValues[1]));
        combo->addItem(tr("Leaders"), QString::fromLatin1(kVisibilityValues[2]));
        combo->addItem(tr("Private"), QString::fromLatin1(kVisibilityValues[3]));
        combo->setItemData(3, tr("Only the person and admins"), Qt::ToolTipRole);
        field.originalVisibility = static_cast<int>(effectiveVisibility(*def, row));
        combo->setCurrentIndex(field.originalVisibility);
        combo->setEnabled(m_visibilityEditable);
        combo->setObjectName(QString::fromStdString(visibilityColumn(name)));
        combo->setAccessibleName(tr("Who can see %1").arg(label));
        combo->setToolTip(tr("Who can see %1").arg(label));
        field.visibility = combo;
    }
    m_fields.push_back(std::move(field));
    return m_fields.back();
}

FieldValue PersonEditor::currentValue(const FieldEditor &field) const
{
    QString text;
    switch (field.kind) {
    case Kind::Line:
        text = static_cast<QLineEdit *>(field.input)->text().trimmed();
        break;
    case Kind::Paragraph:
        text = static_cast<QPlainTextEdit *>(field.input)->toPlainText().trimmed();
        break;
    case Kind::Status:
    case Kind::Role:
        text = static_cast<QComboBox *>(field.input)->currentData().toString();
        break;
    case Kind::Level: {
        const int level = static_cast<QComboBox *>(field.input)->currentData().toInt();
        return level == 0 ? FieldValue {} : FieldValue {std::int64_t {level}};
    }
    case Kind::Photo:
        text = m_photoBase64;
        break;
    }
    // An emptied field is stored as NULL, like a field never filled in.
    return text.isEmpty() ? FieldValue {} : FieldValue {text.toStdString()};
}

FieldMap PersonEditor::changedFields() const
{
    FieldMap changed;
    for (const auto &field : m_fields) {
        const FieldValue value = currentValue(field);
        // Compare as shown: an untouched NULL field (hidden or empty) reads back as NULL.
        const bool same = field.kind == Kind::Level ? value == field.original
                                                    : toDisplayString(value) == toDisplayString(field.original);
        if (!same)
            changed[field.name] = value;
        if (field.visibility && field.visibility->currentIndex() != field.originalVisibility)
            changed[visibilityColumn(field.name)] = std::string(kVisibilityValues[field.visibility->currentIndex()]);
    }
    return changed;
}

QString PersonEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString PersonEditor::validate() const
{
    const FieldMap changed = changedFields();
    for (const auto &field : m_fields) {
        if (field.name == "display_name") {
            const bool edited = changed.count(field.name) > 0;
            if ((m_isNew || edited) && isNull(currentValue(field)))
                return tr("Enter a display name: the name people know this person by.");
        }
        if (field.name == "email" && changed.count(field.name)) {
            const QString email = toQString(currentValue(field));
            if (!email.isEmpty() && !checkEmail(email.toStdString()))
                return tr("“%1” does not look like an email address. Check it, or leave the field empty.").arg(email);
        }
        if (field.name == "links" && changed.count(field.name)) {
            if (auto valid = ProfileMedia::validateLinks(toDisplayString(currentValue(field))); !valid)
                return tr("Check the links (one web address per line): %1")
                    .arg(QString::fromStdString(valid.error().message));
        }
    }
    return {};
}

void PersonEditor::save()
{
    if (m_readOnly) {
        reject();
        return;
    }
    if (const QString problem = validate(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    const FieldMap changed = changedFields();
    if (changed.empty() && !m_isNew) {
        accept();
        return;
    }
    if (m_isNew) {
        auto created = m_store.createRow(QStringLiteral("person"), changed);
        if (!created) {
            showError(tr("The person could not be saved: %1").arg(QString::fromStdString(created.error().message)));
            return;
        }
        m_personId = *created;
    } else if (auto status = m_store.updateRow(QStringLiteral("person"), m_personId, changed); !status) {
        showError(tr("Your changes could not be saved: %1").arg(QString::fromStdString(status.error().message)));
        return;
    }
    Q_EMIT saved(m_personId);
    accept();
}

void PersonEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_error->setFocus();
}

void PersonEditor::setEmbedded()
{
    m_embedded = true;
    setWindowFlags(Qt::Widget);
    setObjectName(QStringLiteral("profileEditor"));
    setFocusProxy(nameInput());
    if (auto *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(tr("&Discard changes"));
}

void PersonEditor::keyPressEvent(QKeyEvent *event)
{
    // Inside a dashboard Escape must not throw away what was typed; "Discard changes" does that.
    if (m_embedded && event->key() == Qt::Key_Escape) {
        event->ignore();
        return;
    }
    QDialog::keyPressEvent(event);
}

QWidget *PersonEditor::createPhotoEditor(const QString &label, bool hidden)
{
    auto *box = new QWidget(this);
    auto *boxLayout = new QHBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    m_photoImage = new QLabel(box);
    m_photoImage->setObjectName(QStringLiteral("photoImage"));
    m_photoImage->setFixedSize(96, 96);
    m_photoImage->setAlignment(Qt::AlignCenter);
    m_photoImage->setFrameShape(QFrame::StyledPanel);
    m_photoImage->setAccessibleName(label);
    boxLayout->addWidget(m_photoImage);
    auto *choose = new QPushButton(tr("C&hoose photo…"), box);
    choose->setObjectName(QStringLiteral("choosePhotoButton"));
    choose->setToolTip(tr("A JPEG or PNG picture; it is made smaller to %1×%1 pixels").arg(kPhotoSize));
    m_removePhoto = new QPushButton(tr("&Remove photo"), box);
    m_removePhoto->setObjectName(QStringLiteral("removePhotoButton"));
    choose->setEnabled(!m_readOnly);
    connect(choose, &QPushButton::clicked, this, &PersonEditor::choosePhoto);
    connect(m_removePhoto, &QPushButton::clicked, this, &PersonEditor::removePhoto);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(m_removePhoto);
    buttons->addStretch(1);
    boxLayout->addLayout(buttons);
    boxLayout->addStretch(1);
    box->setFocusProxy(choose);
    if (hidden)
        m_photoImage->setText(tr("Not shared\nwith you"));
    showPhoto();
    return box;
}

void PersonEditor::showPhoto()
{
    m_removePhoto->setEnabled(!m_readOnly && !m_photoBase64.isEmpty());
    if (m_photoBase64.isEmpty()) {
        m_photoImage->setPixmap({});
        if (m_photoImage->text().isEmpty())
            m_photoImage->setText(tr("No photo"));
        return;
    }
    QImage image;
    image.loadFromData(QByteArray::fromBase64(m_photoBase64.toLatin1()));
    if (image.isNull()) {
        m_photoImage->setText(tr("Photo cannot be shown"));
        return;
    }
    m_photoImage->setPixmap(
        QPixmap::fromImage(image.scaled(m_photoImage->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

bool PersonEditor::setPhotoFromFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone's picture the right way up
    QImage image = reader.read();
    if (image.isNull()) {
        showError(tr("“%1” could not be read as a picture (%2). Choose a JPEG or PNG file.")
                      .arg(QFileInfo(path).fileName(), reader.errorString()));
        return false;
    }
    if (image.width() > kPhotoSize || image.height() > kPhotoSize)
        image = image.scaled(kPhotoSize, kPhotoSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // JPEG has no transparency: put transparent pictures on white, as they usually look.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    const QByteArray jpeg = encodePhoto(flat);
    const std::string base64 = jpeg.toBase64().toStdString();
    if (auto valid = ProfileMedia::validatePhoto(base64); jpeg.isEmpty() || !valid) {
        showError(tr("“%1” could not be made into a photo small enough to keep. Choose another picture.")
                      .arg(QFileInfo(path).fileName()));
        return false;
    }
    m_photoBase64 = QString::fromStdString(base64);
    m_photoImage->setText({});
    m_error->hide();
    showPhoto();
    updateModified();
    updatePreview();
    return true;
}

void PersonEditor::choosePhoto()
{
    if (m_readOnly)
        return;
    const QString path = m_prompts.openFile(
        this, tr("Choose a photo"), tr("Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)"));
    if (!path.isEmpty())
        setPhotoFromFile(path);
}

void PersonEditor::removePhoto()
{
    if (m_readOnly)
        return;
    m_photoBase64.clear();
    m_photoImage->setText(tr("No photo"));
    showPhoto();
    updateModified();
    updatePreview();
}

QWidget *PersonEditor::createPreview()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("previewPage"));
    auto *pageLayout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    auto *caption = new QLabel(tr("View &as:"), page);
    m_previewAudience = new QComboBox(page);
    m_previewAudience->setObjectName(QStringLiteral("previewAudience"));
    m_previewAudience->addItem(tr("The public"), int(Visibility::Public));
    m_previewAudience->addItem(tr("A member"), int(Visibility::Members));
    m_previewAudience->addItem(tr("A leader"), int(Visibility::Leaders));
    m_previewAudience->setCurrentIndex(1);
    m_previewAudience->setAccessibleName(tr("View the profile as"));
    caption->setBuddy(m_previewAudience);
    row->addWidget(caption);
    row->addWidget(m_previewAudience);
    row->addStretch(1);
    pageLayout->addLayout(row);
    auto *note
        = new QLabel(tr("What others receive of this profile with the values and visibilities above, saved or not. "
                        "Admins and the person themself see everything."),
            page);
    note->setWordWrap(true);
    pageLayout->addWidget(note);
    m_preview = new PersonCard(page);
    m_preview->setAccessibleName(tr("Profile preview"));
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_preview);
    pageLayout->addWidget(scroll, 1);
    connect(m_previewAudience, &QComboBox::currentIndexChanged, this, &PersonEditor::updatePreview);
    updatePreview();
    return page;
}

FieldMap PersonEditor::formRow() const
{
    FieldMap row;
    for (const auto &field : m_fields) {
        row[field.name] = currentValue(field);
        if (field.visibility)
            row[visibilityColumn(field.name)] = std::string(kVisibilityValues[field.visibility->currentIndex()]);
    }
    return row;
}

std::optional<FieldMap> PersonEditor::previewFor(Visibility clearance) const
{
    // The daemon's own projection: what it would send someone with this clearance.
    return projectRow(*findTable("person"), formRow(), clearance);
}

QString PersonEditor::previewText() const
{
    return m_preview ? m_preview->text() : QString();
}

void PersonEditor::updatePreview()
{
    if (!m_preview || !m_previewAudience)
        return;
    const auto clearance = static_cast<Visibility>(m_previewAudience->currentData().toInt());
    const auto projected = previewFor(clearance);
    const bool anything = projected
        && std::any_of(projected->begin(), projected->end(), [](const auto &field) { return !isNull(field.second); });
    if (anything)
        m_preview->setPerson(*projected);
    else
        m_preview->showNote(tr("%1 would see nothing of this profile.").arg(m_previewAudience->currentText()));
}

} // namespace commonroom
