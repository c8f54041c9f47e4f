"""moto's server, with requests handled one at a time.

moto checks a conditional write's condition and then writes without holding a lock, so two
concurrent conditional writes can both pass; DynamoDB never lets that happen. The tests depend on
DynamoDB's guarantee (twenty writers, exactly one winner), so this server keeps moto's threaded
connection handling but runs the application under one lock.

It also makes moto's TransactWriteItems keep, for its rollback, the items it names rather than a copy
of the whole table for each of them (see item_rollback).

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
from moto.dynamodb.models.dynamo_type import DynamoType
from moto.dynamodb.models.table import Table


def serialised(app):
    lock = threading.Lock()

    def handle(environ, start_response):
        with lock:
            # Read the whole answer inside the lock: a lazy body would run outside it.
            return list(app(environ, start_response))

    return handle


def item_rollback():
    """moto 5.2.5's transact_write_items deep-copies the whole table, for its rollback, once for every
    item in the transaction: a 33-item import into a table of 10,000 items copies 330,000 items, and a
    backfilled year slows down as the table grows (a back issue's file went from 5 s to 48 s in a month).
    A rollback only needs the items the transaction names: this keeps a copy of each of those (or
    notes its absence) and puts them back when the transaction fails, and lets moto's own table copy
    be the table itself. A transaction whose keys cannot be read here keeps moto's full copy."""
    original = dynamodb_models.DynamoDBBackend.transact_write_items

    class NoTableCopy:
        @staticmethod
        def deepcopy(value, memo=None):
            return value if isinstance(value, Table) else copy.deepcopy(value, memo)

    def key_of(table, op):
        attrs = op.get("Key") or op.get("Item")
        hash_key = DynamoType(attrs[table.hash_key_attr])
        range_key = DynamoType(attrs[table.range_key_attr]) if table.range_key_attr else None
        return hash_key, range_key

    def transact_write_items(self, transact_items):
        saved = []
        try:
            for entry in transact_items:
                _, op = next(iter(entry.items()))
                table = self.tables.get(op.get("TableName"))
                if table is not None:
                    hash_key, range_key = key_of(table, op)
                    saved.append((table, hash_key, range_key, copy.deepcopy(table.get_item(hash_key, range_key))))
        except Exception:
            return original(self, transact_items)
        # Requests run one at a time (serialised), so swapping the module's copy is not seen by another.
        dynamodb_models.copy = NoTableCopy
        try:
            return original(self, transact_items)
        except Exception:
            for table, hash_key, range_key, before in reversed(saved):
                if range_key is None:
                    table.items.pop(hash_key, None)
                    if before is not None:
                        table.items[hash_key] = before
                else:
                    table.items[hash_key].pop(range_key, None)
                    if before is not None:
                        table.items[hash_key][range_key] = before
                    elif not table.items[hash_key]:
                        del table.items[hash_key]
            raise
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
    item_rollback()
    app = DomainDispatcherApplication(create_backend_app)
    run_simple(args.host, args.port, serialised(app), threaded=True, request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main()
