"""The date basis beside the date range: whether the range is on the day paid, confirmed or settled.

The choice is remembered between runs (QSettings), as publishers who reconcile their balance
look at settlement dates every time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from aliorders_desktop.store import DateBasis
from aliorders_desktop.ui.signals import signals_blocked

BASIS_KEY = "filters/dateBasis"
"""QSettings: the date basis last chosen."""

BASIS_NAMES: dict[DateBasis, str] = {
    DateBasis.PAID: QT_TRANSLATE_NOOP("DateBasis", "Paid"),
    DateBasis.CONFIRMED: QT_TRANSLATE_NOOP("DateBasis", "Confirmed"),
    DateBasis.SETTLED: QT_TRANSLATE_NOOP("DateBasis", "Settled"),
}
"""Each basis's short name, as the box shows it (the tooltip says what each means)."""


def basis_name(basis: DateBasis) -> str:
    return QCoreApplication.translate("DateBasis", BASIS_NAMES[basis])


class DateBasisBox(QComboBox):
    """Emits `basisChanged` when the user (or `set_basis`) picks another basis."""

    basisChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="dateBasis")
        for basis in DateBasis:
            self.addItem(basis_name(basis), basis.value)
        # As wide as the basis shown, not the longest: the filter bar has little room to spare.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setToolTip(
            self.tr(
                "Which day of each order the date range is on:\n"
                "Paid: the day the buyer paid.\n"
                "Confirmed: the day the buyer confirmed receipt.\n"
                "Settled: the day AliExpress settled the commission into your balance.\n"
                "An order that has no such day yet (not confirmed or not settled) is outside every "
                "range on that basis; “All time” shows it."
            )
        )
        saved = QSettings().value(BASIS_KEY, DateBasis.PAID.value)
        self.setCurrentIndex(max(self.findData(saved), 0))
        self.currentIndexChanged.connect(self._on_chosen)

    def basis(self) -> DateBasis:
        return DateBasis(self.currentData())

    def set_basis(self, basis: DateBasis) -> None:
        """Choose `basis` as the user would; emits `basisChanged` only if it changed."""
        self.setCurrentIndex(self.findData(basis.value))

    def set_basis_quietly(self, basis: DateBasis) -> None:
        """Choose `basis` without emitting (the caller applies the filters once, after)."""
        with signals_blocked(self):
            self.setCurrentIndex(self.findData(basis.value))
        QSettings().setValue(BASIS_KEY, basis.value)

    @Slot(int)
    def _on_chosen(self, _index: int) -> None:
        QSettings().setValue(BASIS_KEY, self.currentData())
        self.basisChanged.emit()
