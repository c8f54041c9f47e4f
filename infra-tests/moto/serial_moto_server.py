"""moto's server, with requests handled one at a time.

moto checks a conditional write's condition and then writes without holding a lock, so two
concurrent conditional writes can both pass; DynamoDB never lets that happen. The tests depend on
DynamoDB's guarantee (twenty writers, exactly one winner), so this server keeps moto's threaded
connection handling but runs the application under one lock.

It also makes moto's TransactWriteItems copy each table once for its rollback, not once for every
item of the transaction (see once_per_table_rollback).

Usage: python serial_moto_server.py [-H HOST] [-p PORT]
"""
import argparse
import copy
import os
import signal
import sys
import threading

from werkzeug.serving import run_simple
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
import moto.dynamodb.models as dynamodb_models
from moto.dynamodb.models.table import Table


def serialised(app):
    lock = threading.Lock()

    def handle(environ, start_response):
        with lock:
            # Read the whole answer inside the lock: a lazy body would run outside it.
            return list(app(environ, start_response))

    return handle


def once_per_table_rollback():
    """moto 5.2.5's transact_write_items deep-copies the whole table, for its rollback, once for every
    item in the transaction: a 33-item import into a table of 10,000 items copies 330,000 items, and
    a backfilled year slows down as the table grows. The copies are identical (nothing changes between
    them), so one a table is the same rollback; other deep copies are left to copy.deepcopy."""
    original = dynamodb_models.DynamoDBBackend.transact_write_items

    class OncePerTable:
        def __init__(self):
            self.tables = {}

        def deepcopy(self, value, memo=None):
            if isinstance(value, Table):
                if id(value) not in self.tables:
                    self.tables[id(value)] = copy.deepcopy(value)
                return self.tables[id(value)]
            return copy.deepcopy(value, memo)

    def transact_write_items(self, transact_items):
        # Requests run one at a time (serialised), so swapping the module's copy is not seen by another.
        dynamodb_models.copy = OncePerTable()
        try:
            return original(self, transact_items)
        finally:
            dynamodb_models.copy = copy

    dynamodb_models.DynamoDBBackend.transact_write_items = transact_write_items


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-H", "--host", default="127.0.0.1")
    parser.add_argument("-p", "--port", type=int, default=5000)
    args = parser.parse_args()
    os.environ.setdefault("MOTO_PORT", str(args.port))
    signal.signal(signal.SIGINT, lambda *_: sys.exit(0))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    once_per_table_rollback()
    app = DomainDispatcherApplication(create_backend_app)
    run_simple(args.host, args.port, serialised(app), threaded=True, request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main()
