#pragma once

class QApplication;

namespace funnelcast::ui {

// Starts the desktop app: reads the plan path (or none: the demo plan) from the application's
// arguments, shows the main window and runs the event loop. Returns the exit status.
int runDesktop(QApplication &application);

} // namespace funnelcast::ui
