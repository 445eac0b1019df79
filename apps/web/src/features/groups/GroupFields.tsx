// A group's name, description and visibility: the fields of the new-group form and of a group's settings.
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import type { GroupVisibility } from '../../gql/graphql';
import { useT } from '../../i18n/I18n';

export interface GroupValues {
  name: string;
  description: string;
  visibility: GroupVisibility;
}

export function GroupFields({
  values,
  onChange,
  errors,
}: {
  values: GroupValues;
  onChange: (values: GroupValues) => void;
  errors?: Record<string, string | undefined>;
}) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('groups.name')}
        name="name"
        value={values.name}
        required
        maxLength={60}
        onChange={(e) => onChange({ ...values, name: e.target.value })}
        error={errors?.name}
      />
      <TextAreaField
        label={t('groups.description')}
        name="description"
        value={values.description}
        maxLength={500}
        rows={3}
        onChange={(e) => onChange({ ...values, description: e.target.value })}
        error={errors?.description}
      />
      <SelectField
        label={t('groups.visibility')}
        name="visibility"
        value={values.visibility}
        onChange={(e) => onChange({ ...values, visibility: e.target.value as GroupVisibility })}
      >
        <option value={'PRIVATE'}>{t('groups.visibility.private')}</option>
        <option value={'PUBLIC'}>{t('groups.visibility.public')}</option>
      </SelectField>
    </>
  );
}
