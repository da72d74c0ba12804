# seeded random: the boundaries and Message-ID random parts are the ones python3.11 makes
import random
from email.generator import Generator
from email.utils import make_msgid
random.seed(5)
print(Generator._make_boundary())
print(make_msgid(domain='x').split('.')[2])
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
random.seed(11)
m = MIMEMultipart()
m.attach(MIMEText('one'))
m.attach(MIMEText('two'))
print(m.as_string())
