"""The missions as the tab loads them, on a generated history: one mission read alone is
the same as in the whole list, and the "typical month" is the newest invoice's days."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine
from sqlmodel import select

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus
from connect_desktop.domain.money import halves_to_days
from connect_desktop.services.missions import load_mission, load_missions
from connect_desktop.store.database import read_session
from connect_desktop.store.demo import fill_demo
from connect_desktop.store.models import Invoice

TODAY = date(2026, 11, 28)


def test_one_mission_loads_as_in_the_list(engine: Engine) -> None:
    fill_demo(engine, missions=7, months=14, today=TODAY)
    views = load_missions(engine, TODAY)
    assert len(views) == 7
    for view in views:
        assert load_mission(engine, view.id, TODAY) == view


def test_typical_month_is_the_newest_billed_invoice(engine: Engine) -> None:
    fill_demo(engine, missions=6, months=14, today=TODAY)
    with read_session(engine) as session:
        invoices = session.exec(select(Invoice)).all()
    newest: dict[int, Invoice] = {}
    for invoice in invoices:
        if invoice.kind is InvoiceKind.CREDIT_NOTE or invoice.status is InvoiceStatus.CANCELLED:
            continue
        kept = newest.get(invoice.mission_id)
        if kept is None or invoice.period_start > kept.period_start:
            newest[invoice.mission_id] = invoice
    views = {view.id: view for view in load_missions(engine, TODAY)}
    assert newest
    for mission_id, invoice in newest.items():
        assert views[mission_id].last_cra_days == halves_to_days(invoice.days_halves)
