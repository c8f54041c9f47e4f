"""moto's server, with requests handled one at a time.

moto checks a conditional write's condition and then writes without holding a lock, so two
concurrent conditional writes can both pass; DynamoDB never lets that happen. The tests depend on
DynamoDB's guarantee (twenty writers, exactly one winner), so this server keeps moto's threaded
connection handling but runs the application under one lock.

Usage: python serial_moto_server.py [-H HOST] [-p PORT]
"""
import argparse
import os
import signal
import sys
import threading

from werkzeug.serving import run_simple
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app


def serialised(app):
    lock = threading.Lock()

    def handle(environ, start_response):
        with lock:
            # Read the whole answer inside the lock: a lazy body would run outside it.
            return list(app(environ, start_response))

    return handle


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-H", "--host", default="127.0.0.1")
    parser.add_argument("-p", "--port", type=int, default=5000)
    args = parser.parse_args()
    os.environ.setdefault("MOTO_PORT", str(args.port))
    signal.signal(signal.SIGINT, lambda *_: sys.exit(0))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    app = DomainDispatcherApplication(create_backend_app)
    run_simple(args.host, args.port, serialised(app), threaded=True, request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main()
