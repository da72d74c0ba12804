def main():
    return "main ran"
