#!/usr/bin/python3
"""The SMTP side of tests/bench/bench_mail.cpp.

  mailsink.py serve            a counting SMTP sink (aiosmtpd) on a free loopback port: prints
                               "port N", then one line per message it accepts (its monotonic time);
                               stops at the end of its standard input
  mailsink.py send PORT COUNT  the baseline: COUNT small mails to the sink with smtplib, one SMTP
                               session each (as the daemon's queue sends); prints "seconds S"
"""
import smtplib
import socket
import sys
import time
from email.message import EmailMessage


def serve():
    from aiosmtpd.controller import Controller

    class Counter:
        async def handle_DATA(self, server, session, envelope):
            print(time.monotonic(), flush=True)
            return "250 Message accepted"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Counter(), hostname="127.0.0.1", port=port)
    controller.start()
    print("port", port, flush=True)
    sys.stdin.read()
    controller.stop()


def send(port, count):
    started = time.monotonic()
    for i in range(count):
        mail = EmailMessage()
        mail["From"] = "Commonroom <directory@example.org>"
        mail["To"] = f"baseline{i}@example.net"
        mail["Subject"] = "[Night shelter rota] Sign up for December"
        mail.set_content("Sign up for the December shifts.\n\n-- \nA footer of the same length as the daemon's.\n")
        with smtplib.SMTP("127.0.0.1", port) as client:
            client.send_message(mail)
    print("seconds", time.monotonic() - started, flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        serve()
    elif sys.argv[1:2] == ["send"] and len(sys.argv) == 4:
        send(int(sys.argv[2]), int(sys.argv[3]))
    else:
        sys.exit(__doc__)
