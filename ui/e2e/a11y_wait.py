"""Waits until an application's accessibility tree (AT-SPI, what a screen reader sees) shows a
control with this role and name: the moment a person can use it. The end-to-end tests time
"click to a usable window" with it.

Usage: /usr/bin/python3 a11y_wait.py APPLICATION ROLE NAME TIMEOUT_SECONDS
Prints "watching" once it is looking (start the clock then), "shown" when the control is there
(exit status 0); exit status 1 on timeout.
"""

import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402


def shows(node, role, name, depth=0):
    if node is None or depth > 40:
        return False
    try:
        if node.get_role_name() == role and node.get_name() == name:
            return True
        return any(shows(node.get_child_at_index(i), role, name, depth + 1) for i in range(node.get_child_count()))
    except GLib.Error:
        return False  # gone or changing meanwhile


def main(application, role, name, timeout):
    until = time.monotonic() + float(timeout)
    Atspi.get_desktop(0)
    print("watching", flush=True)
    while time.monotonic() < until:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_name() == application and shows(app, role, name):
                print("shown", flush=True)
                return 0
        time.sleep(0.02)
    return 1


sys.exit(main(*sys.argv[1:5]))
