# Build and discard a large cyclic graph repeatedly.
class Vertex:
    def __init__(self, name):
        self.name = name
        self.edges = []
rounds = 0
total_edges = 0
for r in range(20):
    verts = [Vertex(i) for i in range(2000)]
    for i, v in enumerate(verts):
        v.edges.append(verts[(i + 1) % len(verts)])
        v.edges.append(verts[(i * 7) % len(verts)])
    total_edges += sum(len(v.edges) for v in verts)
    verts = None
    rounds += 1
print(rounds, total_edges)
