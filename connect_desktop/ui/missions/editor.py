"""The mission editor: the form of one mission, its option chooser, Save, Revert, Archive.

The editor never touches the database. It shows a ``MissionView`` (or a blank new
mission), validates as the user types, keeps the chooser's figures live, and emits
``saveRequested(MissionDraft)`` or ``archiveRequested(mission_id, archived)``; the tab
runs the work and calls back with ``show_mission`` or ``show_save_error``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from connect_desktop.services.missions import MissionDraft, MissionView, ProfileBasics
from connect_desktop.ui.missions.labels import status_label
from connect_desktop.ui.missions.mission_form import FIELDS, MissionForm, make_error_label
from connect_desktop.ui.missions.option_chooser import PaymentOptionChooser


class MissionEditor(QWidget):
    saveRequested = Signal(object)  # MissionDraft
    archiveRequested = Signal(int, bool)  # mission id, archived
    newCancelled = Signal()

    def __init__(
        self, locale: str = "fr_FR", today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("missionEditor")
        self._profile = ProfileBasics()
        self._view: MissionView | None = None
        self._based_in_france = True
        self._snapshot: tuple[Any, ...] = ()
        self._touched: set[str] = set()
        self._attempted = False
        self._loading = False

        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.form = MissionForm(today or date.today(), locale)
        self.chooser = PaymentOptionChooser(locale)
        chooser_title = QLabel(self.tr("Payment option"))
        chooser_title.setObjectName("chooserTitle")
        bold = chooser_title.font()
        bold.setBold(True)
        chooser_title.setFont(bold)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 8, 0)
        page_layout.addWidget(self.form)
        page_layout.addWidget(line)
        page_layout.addWidget(chooser_title)
        page_layout.addWidget(self.chooser)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("editorScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)

        self.save_error_label = make_error_label("saveErrorLabel", self.palette())
        self.status_label = QLabel()
        self.status_label.setObjectName("editorStatusLabel")
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.setToolTip(
            self.tr("Archived missions leave the list; they are never deleted.")
        )
        self.revert_button = QPushButton(self.tr("&Undo changes"))
        self.revert_button.setObjectName("revertButton")
        self.revert_button.setToolTip(self.tr("Forget the changes not yet saved"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save the mission (Ctrl+S)"))
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.save_error_label)
        layout.addLayout(buttons)

        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.archive_button.clicked.connect(self._archive_clicked)
        self.form.edited.connect(self._changed)
        self.chooser.optionChanged.connect(lambda _option: self._changed("option"))
        self.chooser.clientTermChanged.connect(lambda _term: self._changed("term"))
        self._load(None)

    # -- what the editor shows -----------------------------------------------------------
    @property
    def title_edit(self) -> QLineEdit:
        return self.form.title_edit

    def set_today(self, today: date) -> None:
        self.form.today = today

    def set_profile(self, profile: ProfileBasics) -> None:
        """The profile's residence (for new missions), VAT rate and holiday zone."""
        was_dirty = self.is_dirty()
        self._profile = profile
        if self._view is None and not was_dirty:
            self._based_in_france = profile.based_in_france
        self._loading = True  # a regime the profile changes is not a user's edit
        try:
            self._update_chooser()
        finally:
            self._loading = False
        if not was_dirty:
            self._snapshot = self._state()
        self._refresh()

    def view(self) -> MissionView | None:
        return self._view

    def mission_id(self) -> int | None:
        return self._view.id if self._view is not None else None

    def is_new(self) -> bool:
        return self._view is None

    def start_new(self) -> None:
        """A blank new mission: starts today, no end date, signature date to enter."""
        self._load(None)
        self.form.title_edit.setFocus()

    def show_mission(self, view: MissionView) -> None:
        self._load(view)

    def _load(self, view: MissionView | None) -> None:
        self._loading = True
        try:
            self._view = view
            self._touched.clear()
            self._attempted = False
            draft = view.draft if view is not None else None
            self.form.fill(draft)
            self._based_in_france = (
                draft.based_in_france if draft else self._profile.based_in_france
            )
            self.chooser.set_locked(False)
            self._update_chooser(term=draft.client_term_days if draft else 30)
            if draft is not None:
                self.chooser.set_option(draft.payment_option)
            self.chooser.set_locked(
                view is not None and view.option_locked,
                self.tr("Option locked: this mission already has a validated CRA"),
            )
            self.archive_button.setVisible(view is not None)
            if view is not None:
                archived = view.archived
                self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
            self.show_save_error("")
            self.status_label.clear()
        finally:
            self._loading = False
        self._snapshot = self._state()
        self._refresh()

    # -- live updates --------------------------------------------------------------------
    def _changed(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self.status_label.clear()
        self._update_chooser()
        self._refresh()

    def _update_chooser(self, term: int | None = None) -> None:
        """Feed the chooser with the form's current values: its figures follow live."""
        self.chooser.set_invoicing_mode(self.form.invoicing_mode())
        self.chooser.set_inputs(
            self.form.rate_input().value,
            self.form.signed_edit.value(),
            self._based_in_france,
            self._view.last_cra_days if self._view is not None else None,
            self.form.today,
            term if term is not None else self.chooser.client_term_days(),
            self._profile.vat_rate,
            self._profile.zone,
        )

    def _refresh(self) -> None:
        """Error labels (for touched fields, or all after a Save), heading, buttons."""
        errors = self.form.validate()
        self.form.show_errors(
            {
                name: text
                for name, text in errors.items()
                if self._attempted or name in self._touched
            }
        )
        dirty = self.is_dirty()
        self.revert_button.setEnabled(dirty or self._view is None)
        if self._view is None:
            heading = self.tr("New mission")
        else:
            heading = self.tr("{title} — {status}").format(
                title=self._view.draft.title, status=status_label(self._view.status)
            )
        self.heading.setText(heading + (" *" if dirty else ""))

    # -- reading the form ----------------------------------------------------------------
    def validate(self) -> dict[str, str]:
        return self.form.validate()

    def draft(self) -> MissionDraft | None:
        """The mission as the form holds it, or None while the form has errors."""
        if self.form.validate():
            return None
        rate = self.form.rate_input().value
        signed_on = self.form.signed_edit.value()
        assert rate is not None
        assert signed_on is not None
        form = self.form
        return MissionDraft(
            id=self.mission_id(),
            title=form.title_edit.text().strip(),
            client_name=form.client_edit.text().strip(),
            client_address=form.address_edit.text().strip(),
            lbc_reference=form.reference_edit.text().strip(),
            start_on=form.start_date(),
            end_on=form.end_date(),
            daily_rate=rate,
            signed_on=signed_on,
            based_in_france=self._based_in_france,
            payment_option=self.chooser.option(),
            invoicing_mode=form.invoicing_mode(),
            weekend_work=form.weekend_check.isChecked(),
            client_term_days=self.chooser.client_term_days(),
            notes=form.notes_edit.toPlainText(),
        )

    def _state(self) -> tuple[Any, ...]:
        return (*self.form.state(), self.chooser.option(), self.chooser.client_term_days())

    def is_dirty(self) -> bool:
        return bool(self._snapshot) and self._state() != self._snapshot

    # -- actions -------------------------------------------------------------------------
    def save(self) -> None:
        """Check the form; if it is valid, ask the tab to save it (nothing is saved else)."""
        self._attempted = True
        self._refresh()
        errors = self.form.validate()
        if errors:
            if len(errors) == 1:
                text = self.tr("The mission was not saved: correct the field marked in red.")
            else:
                text = self.tr(
                    "The mission was not saved: correct the {count} fields marked in red."
                ).format(count=len(errors))
            self.show_save_error(text)
            self.form.focus_field(next(name for name in FIELDS if name in errors))
            return
        draft = self.draft()
        assert draft is not None
        self.show_save_error("")
        self.set_busy(True)
        self.saveRequested.emit(draft)

    def revert(self) -> None:
        """Back to the saved mission; for a new mission, drop it and go back to the list."""
        if self._view is None:
            self._load(None)
            self.newCancelled.emit()
        else:
            self._load(self._view)

    def _archive_clicked(self) -> None:
        if self._view is not None:
            self.archiveRequested.emit(self._view.id, not self._view.archived)

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.archive_button.setEnabled(not busy)

    def show_save_error(self, text: str) -> None:
        self.save_error_label.setText("⚠ " + text if text else "")
        self.save_error_label.setVisible(bool(text))

    def show_saved(self, text: str) -> None:
        self.status_label.setText(text)
