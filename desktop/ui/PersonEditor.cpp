#include "PersonEditor.h"

#include "common/Authorization.h"

#include "common/Privacy.h"
#include "common/Schema.h"
#include "desktop/core/LocalStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
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

} // namespace

PersonEditor::PersonEditor(LocalStore &store, const QString &personId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
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

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(page);
    layout->addWidget(scroll, 1);

    static const TableDef *person = findTable("person");
    const Principal viewer = m_store.principal();
    const Visibility clearance
        = m_isNew ? Visibility::Private : clearanceFor(viewer, *person, m_personId.toStdString());

    auto hiddenFromViewer = [&](const std::string &name) {
        const FieldDef *def = person->field(name);
        return def && isNull(valueOf(row, name)) && effectiveVisibility(*def, row) > clearance;
    };

    for (const auto &field : kProfileFields)
        addField(field.name, field.paragraph ? Kind::Paragraph : Kind::Line, row, hiddenFromViewer(field.name));
    if (m_viewerRole >= Role::Leader) {
        addField("status", Kind::Status, row, false);
        addField("leadership_level", Kind::Level, row, false);
    }
    if (m_viewerRole == Role::Admin)
        addField("role", Kind::Role, row, false);

    QWidget *previous = nullptr;
    for (auto &field : m_fields) {
        auto *label = new QLabel(fieldLabel(field.name), page);
        label->setBuddy(field.input);
        auto *cell = new QWidget(page);
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        field.input->setParent(cell);
        cellLayout->addWidget(field.input, 1);
        if (previous)
            setTabOrder(previous, field.input);
        previous = field.input;
        if (field.visibility) {
            field.visibility->setParent(cell);
            cellLayout->addWidget(field.visibility, 0, field.kind == Kind::Paragraph ? Qt::AlignTop : Qt::Alignment());
            setTabOrder(previous, field.visibility);
            previous = field.visibility;
        }
        form->addRow(label, cell);
    }

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
    layout->addWidget(m_buttons);
    if (previous)
        setTabOrder(previous, m_buttons);

    if (!m_fields.empty())
        m_fields.front().input->setFocus();
}

PersonEditor::FieldEditor &PersonEditor::addField(const std::string &name, Kind kind, const FieldMap &row, bool hidden)
{
    static const TableDef *person = findTable("person");
    const FieldDef *def = person->field(name);
    FieldEditor field;
    field.name = name;
    field.kind = kind;
    field.original = valueOf(row, name);
    const QString label = fieldLabel(name);
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
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 5);
        spin->setSpecialValueText(tr("Not set"));
        const auto *level = std::get_if<std::int64_t>(&field.original);
        spin->setValue(level ? static_cast<int>(std::clamp<std::int64_t>(*level, 0, 5)) : 0);
        spin->setReadOnly(m_readOnly);
        field.input = spin;
        break;
    }
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
        const int level = static_cast<QSpinBox *>(field.input)->value();
        return level == 0 ? FieldValue {} : FieldValue {std::int64_t {level}};
    }
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
            if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' '))))
                return tr("“%1” does not look like an email address. Check it, or leave the field empty.").arg(email);
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

QString PersonEditor::fieldLabel(const std::string &name) const
{
    static const std::pair<const char *, const char *> labels[] = {
        {"display_name", QT_TR_NOOP("Display name")},
        {"given_name", QT_TR_NOOP("Given name")},
        {"family_name", QT_TR_NOOP("Family name")},
        {"pronouns", QT_TR_NOOP("Pronouns")},
        {"email", QT_TR_NOOP("Email")},
        {"phone", QT_TR_NOOP("Phone")},
        {"address", QT_TR_NOOP("Address")},
        {"area", QT_TR_NOOP("Area")},
        {"neighbourhood", QT_TR_NOOP("Neighbourhood")},
        {"languages", QT_TR_NOOP("Languages")},
        {"skills", QT_TR_NOOP("Skills")},
        {"interests", QT_TR_NOOP("Interests")},
        {"bio", QT_TR_NOOP("About")},
        {"status", QT_TR_NOOP("Status")},
        {"leadership_level", QT_TR_NOOP("Leadership level")},
        {"role", QT_TR_NOOP("Role")},
    };
    for (const auto &[field, label] : labels) {
        if (name == field)
            return tr(label);
    }
    return QString::fromStdString(name);
}

} // namespace commonroom
