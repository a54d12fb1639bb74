import datetime as dt

import pytest


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    qapp.setOrganizationName("RegularsTests")
    qapp.setApplicationName("Regulars")
    yield


@pytest.fixture
def demo_db(db):
    from services.maintenance.demo import generate

    generate(db, 500, seed=5, end=dt.date(2026, 11, 1))
    return db
