"""The main window, assembled from parts that each own one concern (see `window`)."""

from aliorders_desktop.ui.main_window.window import MainWindow

__all__ = ["MainWindow"]
