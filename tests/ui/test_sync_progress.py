"""The sync's progress bar only moves forward, though the pages planned grow as queries report
how many pages they have."""

from __future__ import annotations

from ui.windows import SYNC_TIMEOUT, open_window

from aliorders_desktop.sync.service import SyncProgress
from aliorders_desktop.ui.main_window.sync_controller import SteadyShare


def test_the_share_never_goes_back_when_more_pages_are_planned_and_is_whole_at_the_end() -> None:
    share = SteadyShare()
    reports = [(1, 3), (2, 3), (2, 40), (3, 40), (20, 40), (20, 90), (21, 88), (60, 88), (88, 88)]
    shown = [share.update(done, planned) for done, planned in reports]
    assert shown == sorted(shown)
    assert shown[0] > 0 and shown[-1] == 1.0
    assert shown[3] > shown[2]  # a page saved after the plan grew still moves the bar


def test_the_windows_bar_only_moves_forward_during_a_sync(qtbot, connected, store_path) -> None:
    connected.config.latency_seconds = 0.01
    window = open_window(qtbot, store_path, preset="last90")
    shares: list[float] = []
    planned: list[int] = []

    def seen(progress: SyncProgress) -> None:  # after the window's own slot, connected first
        bar = window.progress
        shares.append((bar.value() - bar.minimum()) / max(bar.maximum() - bar.minimum(), 1))
        planned.append(progress.pages_planned)

    window.sync_task.progressed.connect(seen)
    with qtbot.waitSignal(window.sync_task.finished, timeout=SYNC_TIMEOUT):
        window.start_sync()
    assert len(set(planned)) > 1  # the plan grew during the sync: the case that drew it backwards
    assert shares == sorted(shares) and shares[-1] == 1.0
