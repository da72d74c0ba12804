# safepy has no network access: every call that would open a socket, resolve a name or
# ask the host's name raises PermissionError (EPERM) saying why. Expected output written
# by hand (CPython opens sockets).
import socket
calls = [lambda: socket.socket(), lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM),
         lambda: socket.socketpair(), lambda: socket.create_connection(('localhost', 80)),
         lambda: socket.create_server(('', 0)), lambda: socket.gethostname(),
         lambda: socket.gethostbyname('localhost'), lambda: socket.getaddrinfo('x', 1),
         lambda: socket.getservbyname('http'), lambda: socket.fromfd(0, 2, 1),
         lambda: socket.getfqdn()]
for f in calls:
    try:
        f()
        print('no error')
    except PermissionError as e:
        print(e.errno, e.strerror)
# a name given to getfqdn comes back when it cannot be resolved (as CPython's offline)
print(socket.getfqdn('host.example'), socket.has_dualstack_ipv6(), socket.has_ipv6)
