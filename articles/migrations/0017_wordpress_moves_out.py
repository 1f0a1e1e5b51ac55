"""The WordPress importer's model leaves the content app for its own (`wordpress`).

Only Django's record of the models changes: the table stays where it is, with its rows, and the
`wordpress` app's first migration takes the model over under the same table name. Run the two
together (`manage.py migrate`); between them the table belongs to no app.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0015_editors_change_own_media'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name='WordPressObject')],
            database_operations=[],
        ),
    ]
