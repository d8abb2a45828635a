"""What the People view's requests do to the workspace: persons concerned and their consents."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.ui.people.consent_dialog import ConsentDialog
from desktop.ui.people.people_models import ScopeNames
from desktop.ui.people.people_view import PeopleView
from desktop.ui.people.person_dialog import PersonDialog
from desktop.ui.widgets.paged_model import ListSource
from desktop.ui.widgets.section import Section


class PeopleSection(Section):
    """Add and edit persons concerned; record and revoke their consents.

    Signals: ``personChanged(str)`` with the id of a person added or changed (the meetings
    about them show their alias).
    """

    personChanged = Signal(str)

    def __init__(self, workspace: Any, view: PeopleView, window: QWidget, lang: str) -> None:
        super().__init__(workspace, window, lang)
        self.view = view
        view.addPersonRequested.connect(self.add_person)
        view.editPersonRequested.connect(self.edit_person)
        view.currentPersonChanged.connect(self.show_consents)
        view.addConsentRequested.connect(self.add_consent)
        view.revokeConsentRequested.connect(self.revoke_consent)
        view.correctConsentRequested.connect(self.correct_consent)

    def refresh(self) -> None:
        """Show the first page of people, and the selected one's details and consents."""
        workspace = self.workspace
        self.view.set_source(
            ListSource(
                page=workspace.person_page,
                row=workspace.person_list_row,
                count=workspace.person_count,
            )
        )

    def scope_names(self) -> ScopeNames:
        """Words for consent scopes: policy categories, missions, professionals."""
        settings = self.workspace.settings()
        return ScopeNames(
            policy=self.workspace.policy(),
            lang=self.lang,
            missions={m.id: m.name for m in settings.missions},
            professionals={p.id: p.name for p in self.workspace.professionals()},
        )

    def show_consents(self, person_id: str) -> None:
        """Hand the view the details and consent records of this person (read by id)."""
        person = self._person(person_id) if person_id else None
        records = self.workspace.consents(person_id) if person is not None else []
        self.view.show_person(person, records, self.scope_names())

    def names_changed(self) -> None:
        """Professionals or missions were renamed: the consents shown say them again."""
        self.show_consents(self.view.current_person_id())

    def _households(self) -> tuple[str, ...]:
        """The households already named, to offer as one is typed."""
        names = (p.household for p in self.workspace.persons() if p.household)
        return tuple(dict.fromkeys(names))

    def _person(self, person_id: str) -> Any:
        try:
            return self.workspace.person(person_id)
        except KeyError:
            return None

    def add_person(self) -> str:
        """Ask for a new person concerned and save them; their id, or "" if not added."""
        person = PersonDialog.edit(self.window, households=self._households())
        if person is not None and self.write(lambda: self.workspace.save_person(person)):
            self.view.person_saved(person.id, select=True)
            self.personChanged.emit(person.id)
            return person.id
        return ""

    def edit_person(self, person_id: str) -> None:
        """Edit a person and save the change."""
        current = self._person(person_id)
        if current is None:
            return
        edited = PersonDialog.edit(self.window, person=current, households=self._households())
        if (
            edited is not None
            and edited != current
            and self.write(lambda: self.workspace.save_person(edited))
        ):
            self.view.person_saved(person_id)
            self.personChanged.emit(person_id)

    def add_consent(self, person_id: str) -> None:
        """Record a consent, refusal, or impossibility for this person."""
        person = self._person(person_id)
        if person is None:
            return
        record = ConsentDialog.record(
            self.window,
            person=person,
            policy=self.workspace.policy(),
            missions=self.workspace.settings().missions,
            professionals=tuple(self.workspace.professionals(include_inactive=False)),
            lang=self.lang,
        )
        if record is not None and self.write(lambda: self.workspace.save_consent(record)):
            self.show_consents(person_id)

    def correct_consent(self, record_id: str) -> None:
        """Correct a record entered wrongly: a new record replaces it, the old one is kept."""
        person_id = self.view.current_person_id()
        person = self._person(person_id)
        old = next((r for r in self.workspace.consents(person_id) if r.id == record_id), None)
        if person is None or old is None or not old.is_current:
            return
        correction = ConsentDialog.record(
            self.window,
            person=person,
            policy=self.workspace.policy(),
            missions=self.workspace.settings().missions,
            professionals=tuple(self.workspace.professionals(include_inactive=True)),
            lang=self.lang,
            correcting=old,
        )
        if correction is not None and self.write(
            lambda: self.workspace.correct_consent(old.id, correction)
        ):
            self.show_consents(person_id)
            self.view.consents_table.select_id(correction.id)

    def revoke_consent(self, record_id: str, today: dt.date | None = None) -> None:
        """Revoke a consent record from today; it is kept, never deleted."""
        person_id = self.view.current_person_id()
        record = next((r for r in self.workspace.consents(person_id) if r.id == record_id), None)
        if record is None or record.revoked_on is not None:
            return
        revoked = dataclasses.replace(record, revoked_on=today or dt.date.today())
        if self.write(lambda: self.workspace.save_consent(revoked)):
            self.show_consents(person_id)
