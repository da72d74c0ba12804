# deltablue: an incremental one-way dataflow constraint solver in the spirit of the
# DeltaBlue benchmark: variables, constraints with strengths, planning by walking
# downstream from changed variables, chain and projection tests. Our own compact version.
REQUIRED, STRONG, MEDIUM, WEAK = 0, 1, 2, 3

class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.stay = True
        self.mark = 0

    def add(self, c):
        self.constraints.append(c)

class Constraint:
    def __init__(self, strength):
        self.strength = strength
        self.satisfied = False

class EditConstraint(Constraint):
    def __init__(self, v, strength):
        Constraint.__init__(self, strength)
        self.out = v
        self.inputs = ()
        self.value = v.value
        v.add(self)

    def execute(self):
        self.out.value = self.value

class EqualityConstraint(Constraint):
    def __init__(self, a, b, strength):
        Constraint.__init__(self, strength)
        self.inputs = (a,)
        self.out = b
        a.add(self)
        b.add(self)

    def execute(self):
        self.out.value = self.inputs[0].value

class ScaleConstraint(Constraint):
    def __init__(self, src, scale, offset, dest, strength):
        Constraint.__init__(self, strength)
        self.inputs = (src, scale, offset)
        self.out = dest
        src.add(self)
        scale.add(self)
        offset.add(self)
        dest.add(self)

    def execute(self):
        src, scale, offset = self.inputs
        self.out.value = src.value * scale.value + offset.value

class Planner:
    def __init__(self):
        self.mark = 0

    def satisfy(self, c):
        out = c.out
        old = out.determined_by
        if old is not None and old.strength <= c.strength and old is not c:
            return False
        if old is not None:
            old.satisfied = False
        out.determined_by = c
        c.satisfied = True
        return True

    def plan_from(self, sources):
        self.mark += 1
        mark = self.mark
        plan = []
        todo = list(sources)
        while todo:
            v = todo.pop()
            if v.mark == mark:
                continue
            v.mark = mark
            for c in v.constraints:
                if c.satisfied and c.out is not v and v in c.inputs:
                    plan.append(c)
                    todo.append(c.out)
        return plan

    def run(self, plan):
        for c in plan:
            c.execute()

def chain_test(n, planner):
    vars_ = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        c = EqualityConstraint(vars_[i], vars_[i + 1], REQUIRED)
        planner.satisfy(c)
    first, last = vars_[0], vars_[-1]
    edit = EditConstraint(first, STRONG)
    planner.satisfy(edit)
    plan = planner.plan_from([first])
    total = 0
    for i in range(100):
        edit.value = i
        edit.execute()
        planner.run(plan)
        if last.value != i:
            print("chain test failed", last.value, i)
        total += last.value
    return total, len(plan)

def projection_test(n, planner):
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    srcs, dests = [], []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        srcs.append(src)
        dests.append(dst)
        planner.satisfy(ScaleConstraint(src, scale, offset, dst, REQUIRED))
    plan = planner.plan_from([scale, offset])
    checks = 0
    for k in range(5):
        scale.value = 5 + k
        offset.value = 100 * k
        planner.run(plan)
        for i in range(n):
            if dests[i].value != i * scale.value + offset.value:
                print("projection test failed")
            checks += dests[i].value
    return checks, len(plan)

results = []
for rep in range(30):
    p = Planner()
    results.append(chain_test(400, p))
    results.append(projection_test(400, p))
print(results[:4], len(results), sum(r[0] for r in results))
