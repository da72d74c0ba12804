data = {'users': [{'name': 'a'}]}
print(data['users'][0]['email'])
