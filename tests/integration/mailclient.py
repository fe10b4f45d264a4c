#!/usr/bin/python3
"""What a mail program does with a mail from Commonroom, for the integration tests.

    mailclient.py MAIL [--unsubscribe CA_FILE | --dkim TXT_FILE]

Reads the raw message MAIL with Python's own email package (the strict default policy) and prints,
as JSON, the headers a mail program looks at, the text, and every defect the parser found. With
--unsubscribe it then does what a mail program's "unsubscribe" button does (RFC 8058): a POST of
"List-Unsubscribe=One-Click" to the https link of List-Unsubscribe, trusting only CA_FILE, and
adds the answer's status. With --dkim it checks the mail's DKIM signature as a receiving server
does (dkimpy), the DNS record being the text of TXT_FILE, and checks again a copy whose subject
was altered on the way.
"""

import dkim
import email
import email.policy
import email.utils
import json
import re
import ssl
import sys
import urllib.error
import urllib.request


def part_of(message, kind):
    """The text of the message's text/KIND part, as a mail program shows it ("" when none)."""
    body = message.get_body(preferencelist=(kind,))
    return body.get_content() if body is not None and body.get_content_subtype() == kind else ""


def read(path):
    with open(path, "rb") as file:
        message = email.message_from_bytes(file.read(), policy=email.policy.default)
    defects = [type(defect).__name__ for defect in message.defects]
    headers = {}
    for name in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                 "List-Id", "List-Unsubscribe", "List-Unsubscribe-Post", "Precedence",
                 "Auto-Submitted"):
        value = message[name]
        if value is None:
            continue
        headers[name] = str(value)
        defects += [name + ": " + type(defect).__name__ for defect in value.defects]
    date = message["Date"]
    return message, {
        "headers": headers,
        "date_parses": date is not None and email.utils.parsedate_to_datetime(str(date)) is not None,
        "text": part_of(message, "plain"),
        "html": part_of(message, "html"),
        "defects": defects,
    }


def unsubscribe(message, ca_file):
    links = re.findall(r"<([^>]+)>", str(message["List-Unsubscribe"] or ""))
    https = [link for link in links if link.startswith("https://")]
    if not https or str(message["List-Unsubscribe-Post"] or "") != "List-Unsubscribe=One-Click":
        return {"unsubscribe_status": 0, "unsubscribe_error": "no one-click https link"}
    request = urllib.request.Request(
        https[0], data=b"List-Unsubscribe=One-Click", method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, context=ssl.create_default_context(cafile=ca_file),
                                    timeout=30) as answer:
            return {"unsubscribe_status": answer.status}
    except urllib.error.HTTPError as refused:
        return {"unsubscribe_status": refused.code,
                "unsubscribe_error": refused.read().decode("utf-8", "replace")}


def verify(path, txt_file):
    with open(path, "rb") as file:
        raw = file.read()
    with open(txt_file, "rb") as file:
        record = file.read().strip()

    def dns(name, timeout=5):
        return record
    altered = raw.replace(b"Subject: ", b"Subject: Fwd: ", 1)
    return {"dkim": bool(dkim.verify(raw, dnsfunc=dns)),
            "dkim_altered": bool(dkim.verify(altered, dnsfunc=dns))}


def main(arguments):
    if len(arguments) not in (1, 3) or (len(arguments) == 3 and arguments[1] not in ("--unsubscribe", "--dkim")):
        print(__doc__, file=sys.stderr)
        return 2
    message, report = read(arguments[0])
    if len(arguments) == 3 and arguments[1] == "--unsubscribe":
        report.update(unsubscribe(message, arguments[2]))
    elif len(arguments) == 3:
        report.update(verify(arguments[0], arguments[2]))
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
