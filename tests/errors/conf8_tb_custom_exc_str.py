class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
    def __str__(self):
        return f"{self.field}: {self.args[1]}"
def validate(rec):
    if "@" not in rec.get("email", ""):
        raise ValidationError("email", "missing @")
validate({"email": "a@b"})
validate({"email": "ab"})
