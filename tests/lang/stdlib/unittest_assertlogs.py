# TestCase.assertLogs / assertNoLogs: captured records and output, failure messages,
# and the logger's handlers/level/propagate restored afterwards.
import io
import logging
import unittest

log = logging.getLogger("app.core")


class T(unittest.TestCase):
    def test_basic(self):
        with self.assertLogs("app", level="INFO") as cm:
            log.info("first %d", 1)
            log.debug("hidden")
            logging.getLogger("app.other").error("boom")
        print(cm.output, len(cm.records), cm.records[0].getMessage(), type(cm).__name__)

    def test_root_default(self):
        with self.assertLogs() as cm:
            logging.warning("root warn")
        print(cm.output)

    def test_logger_obj(self):
        with self.assertLogs(log, logging.WARNING) as cm:
            log.warning("w")
        print(cm.output, cm.records[0].levelname)

    def test_none_logged(self):
        with self.assertLogs("quiet", level="ERROR"):
            logging.getLogger("quiet").warning("too low")

    def test_no_logs_ok(self):
        with self.assertNoLogs("app") as cm:
            pass
        print("no logs cm:", cm)

    def test_no_logs_fail(self):
        with self.assertNoLogs("app", level="DEBUG"):
            log.debug("dbg")

    def test_restored(self):
        with self.assertLogs("app.core"):
            log.error("x")
        print(log.handlers, log.propagate, log.level)

    def test_exception_passes_through(self):
        try:
            with self.assertLogs("app"):
                raise KeyError("k")
        except KeyError as e:
            print("KeyError", e)


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(result.testsRun, len(result.failures), len(result.errors))
for test, text in result.failures:
    print(test.id(), "->", text.strip().splitlines()[-1])
