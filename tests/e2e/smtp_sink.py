"""A real SMTP server on loopback for the browser tests (aiosmtpd): accepts AUTH PLAIN as haven / haven-test-secret
(no TLS on loopback) and writes each message it receives to a file in the folder given, so a test can read the mail
Haven sent. Every envelope command it accepts (MAIL FROM, RCPT TO, DATA) is also appended to FOLDER/transcript.txt, so a
test can prove what a client's data did to the SMTP dialogue. Usage: python3 smtp_sink.py PORT FOLDER"""
import os
import sys
import time
import uuid

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = b"haven", b"haven-test-secret"


class Sink:
    def __init__(self, folder):
        self.folder = folder

    def note(self, line):
        with open(os.path.join(self.folder, "transcript.txt"), "a", encoding="utf-8") as f:
            f.write(line + "\n")

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self.note(f"MAIL FROM:<{address}>")
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.note(f"RCPT TO:<{address}>")
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.note("DATA " + ",".join(envelope.rcpt_tos))
        name = os.path.join(self.folder, f"{time.time():.6f}-{uuid.uuid4().hex[:6]}.eml")
        with open(name + ".part", "wb") as f:
            f.write(b"X-Envelope-To: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(b"X-Authenticated: " + (b"yes" if session.authenticated else b"no") + b"\r\n")
            f.write(envelope.original_content or envelope.content)
        os.rename(name + ".part", name)
        return "250 OK"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER and auth_data.password == PASSWORD
    return AuthResult(success=ok)


if __name__ == "__main__":
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Sink(folder), hostname="127.0.0.1", port=port, authenticator=authenticator,
                            auth_require_tls=False, auth_required=True)
    controller.start()
    print(f"smtp sink on 127.0.0.1:{port}, writing to {folder}", flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()
