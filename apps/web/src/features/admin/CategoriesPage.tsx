// /admin/categories: create, edit, reorder and archive categories; each one's response target and default team.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toFormErrors, type FormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import type { AdminCategoriesQuery } from '../../gql/graphql';
import { Message, useIntl, useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/SelectField';
import { Status } from '../../ui/Status';
import { TextField } from '../../ui/TextField';
import { DOT } from '../../ui/typography';
import {
  AdminCategoriesDocument,
  CreateCategoryDocument,
  ReorderCategoriesDocument,
  SetCategoryDefaultTeamDocument,
  SetCategoryPermissionsDocument,
  UpdateCategoryDocument,
} from './admin.documents';
import { formatSeconds } from './duration';

type Category = AdminCategoriesQuery['categories'][number];
type Team = AdminCategoriesQuery['teams'][number];
type Group = AdminCategoriesQuery['groups'][number];
const refetch = { refetchQueries: [{ query: AdminCategoriesDocument }], awaitRefetchQueries: true };

/** The move buttons' faces (their names are words). */
const UP = '↑';
const DOWN = '↓';

export function CategoriesPage() {
  const t = useT();
  const { data, loading, error } = useQuery(AdminCategoriesDocument);
  const [reorder] = useMutation(ReorderCategoriesDocument, refetch);
  const [problem, setProblem] = useState<string | null>(null);
  if (loading) return <Status>{t('admin.loading')}</Status>;
  if (error || !data) return <ErrorAlert>{error?.message ?? t('admin.categories.loadFailed')}</ErrorAlert>;
  const categories = data.categories;
  const move = async (index: number, by: -1 | 1) => {
    const ids = categories.map((c) => c.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id);
    setProblem(null);
    try {
      await reorder({ variables: { input: { categoryIds: ids } } });
    } catch (err) {
      setProblem(toFormErrors(err).message);
    }
  };
  return (
    <>
      <PageTitle>{t('admin.section.categories')}</PageTitle>
      <h1>{t('admin.section.categories')}</h1>
      <p className="muted">{t('admin.categories.lead')}</p>
      {problem ? <ErrorAlert>{problem}</ErrorAlert> : null}
      <div className="settings">
        {categories.map((category, index) => (
          <CategoryPanel
            key={category.id}
            category={category}
            teams={data.teams}
            groups={data.groups}
            first={index === 0}
            last={index === categories.length - 1}
            onMove={(by) => void move(index, by)}
          />
        ))}
        <NewCategory position={categories.length} />
      </div>
    </>
  );
}

function CategoryPanel({
  category,
  teams,
  groups,
  first,
  last,
  onMove,
}: {
  category: Category;
  teams: Team[];
  groups: Group[];
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const [update] = useMutation(UpdateCategoryDocument, refetch);
  const [setTeam] = useMutation(SetCategoryDefaultTeamDocument, refetch);
  const [setPermissions] = useMutation(SetCategoryPermissionsDocument, refetch);
  const [read, setRead] = useState<string[]>(category.permissions?.read.map((g) => g.id) ?? []);
  const [post, setPost] = useState<string[]>(category.permissions?.post.map((g) => g.id) ?? []);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({
    name: category.name,
    slug: category.slug,
    description: category.description,
    responseTargetMinutes: String(category.responseTargetMinutes),
    teamId: category.defaultTeam?.id ?? '',
  });
  const [problem, setProblem] = useState<FormErrors | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const titleId = `category-${category.id}`;
  const path = `/c/${category.slug}`;
  const run = async (work: () => Promise<unknown>, message: string) => {
    setProblem(null);
    setSaved(null);
    try {
      await work();
      setSaved(message);
    } catch (err) {
      setProblem(toFormErrors(err));
    }
  };
  const onSave = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await update({
        variables: {
          input: {
            categoryId: category.id,
            name: form.name,
            slug: form.slug,
            description: form.description,
            responseTargetMinutes: Number(form.responseTargetMinutes),
          },
        },
      });
      if ((category.defaultTeam?.id ?? '') !== form.teamId)
        await setTeam({ variables: { input: { categoryId: category.id, teamId: form.teamId || null } } });
      const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
      if (
        !same(read, category.permissions?.read.map((g) => g.id) ?? []) ||
        !same(post, category.permissions?.post.map((g) => g.id) ?? [])
      )
        await setPermissions({ variables: { input: { categoryId: category.id, read, post } } });
    }, t('admin.categories.saved'));
  };
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <section className="panel" aria-labelledby={titleId}>
      <div className="panel__head">
        <h2 id={titleId} className="panel__title">
          {category.name}
          {category.archivedAt ? (
            <span className="muted">
              {DOT}
              {t('admin.categories.archived')}
            </span>
          ) : null}
        </h2>
        <div className="row-actions">
          <Button
            variant="quiet"
            disabled={first}
            onClick={() => onMove(-1)}
            aria-label={t('admin.categories.moveUp', { name: category.name })}
          >
            {UP}
          </Button>
          <Button
            variant="quiet"
            disabled={last}
            onClick={() => onMove(1)}
            aria-label={t('admin.categories.moveDown', { name: category.name })}
          >
            {DOWN}
          </Button>
          <Button variant="secondary" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {t(open ? 'admin.categories.close' : 'admin.categories.edit')}
          </Button>
        </div>
      </div>
      <p className="muted">
        <Link to={path}>{path}</Link>
        {DOT}
        {t('admin.categories.threads', { count: category.threadCount })}
        {DOT}
        {t('admin.categories.target', {
          time: formatSeconds(intl, category.responseTargetMinutes * 60),
        })}
        {category.defaultTeam ? (
          <>
            {DOT}
            {t('admin.categories.routedTo', { team: category.defaultTeam.name })}
          </>
        ) : null}
        {DOT}
        {category.permissions?.read.length
          ? t('admin.categories.privateTo', {
              groups: intl.formatList(category.permissions.read.map((g) => g.name)),
            })
          : t('admin.categories.public')}
      </p>
      {saved ? (
        <p role="status" className="alert alert--success">
          {saved}
        </p>
      ) : null}
      {problem && !open ? <ErrorAlert>{problem.message}</ErrorAlert> : null}
      {open ? (
        <form onSubmit={onSave} className="form" noValidate>
          {problem ? <ErrorAlert>{problem.message}</ErrorAlert> : null}
          <CategoryFields
            form={form}
            set={set}
            problem={problem}
            slugHint={t('admin.categories.slugHintEdit')}
          />
          <SelectField
            label={t('admin.categories.defaultTeam')}
            name="teamId"
            value={form.teamId}
            onChange={set('teamId')}
          >
            <option value="">{t('admin.categories.noTeam')}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </SelectField>
          <GroupChoice
            legend={t('admin.categories.whoMayRead')}
            hint={t('admin.categories.whoMayReadHint')}
            name={`read-${category.id}`}
            groups={groups}
            chosen={read}
            onChange={setRead}
          />
          <GroupChoice
            legend={t('admin.categories.whoMayPost')}
            hint={t('admin.categories.whoMayPostHint')}
            name={`post-${category.id}`}
            groups={groups}
            chosen={post}
            onChange={setPost}
          />
          <div className="row-actions">
            <Button type="submit">{t('admin.categories.save')}</Button>
            <Button
              variant="secondary"
              onClick={() =>
                void run(
                  () =>
                    update({
                      variables: { input: { categoryId: category.id, archived: !category.archivedAt } },
                    }),
                  t(category.archivedAt ? 'admin.categories.unarchived' : 'admin.categories.archivedDone'),
                )
              }
            >
              {t(category.archivedAt ? 'admin.categories.unarchive' : 'admin.categories.archive')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function GroupChoice({
  legend,
  hint,
  name,
  groups,
  chosen,
  onChange,
}: {
  legend: string;
  hint: string;
  name: string;
  groups: Group[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useT();
  return (
    <CheckboxGroup
      legend={legend}
      hint={hint}
      name={name}
      value={chosen}
      onChange={onChange}
      empty={<p className="muted">{t('admin.categories.noGroups')}</p>}
      options={groups.map((g) => ({
        value: g.id,
        label: (
          <Message
            id="admin.categories.groupOption"
            values={{
              name: g.name,
              count: g.memberCount,
              muted: (chunks) => <span className="muted">{chunks}</span>,
            }}
          />
        ),
      }))}
    />
  );
}

function NewCategory({ position }: { position: number }) {
  const t = useT();
  const [create] = useMutation(CreateCategoryDocument, refetch);
  const [form, setForm] = useState({ name: '', slug: '', description: '', responseTargetMinutes: '1440' });
  const [problem, setProblem] = useState<FormErrors | null>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    try {
      await create({
        variables: {
          input: { ...form, responseTargetMinutes: Number(form.responseTargetMinutes), position },
        },
      });
      setForm({ name: '', slug: '', description: '', responseTargetMinutes: '1440' });
    } catch (err) {
      setProblem(toFormErrors(err));
    }
  };
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <section className="panel" aria-labelledby="new-category-title">
      <h2 id="new-category-title" className="panel__title">
        {t('admin.categories.new')}
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} className="form" noValidate>
        {problem ? <ErrorAlert>{problem.message}</ErrorAlert> : null}
        <CategoryFields
          form={form}
          set={set}
          problem={problem}
          slugHint={t('admin.categories.slugHintNew')}
        />
        <div>
          <Button type="submit">{t('admin.categories.create')}</Button>
        </div>
      </form>
    </section>
  );
}

interface CategoryForm {
  name: string;
  slug: string;
  description: string;
  responseTargetMinutes: string;
}

/** The fields a category is created and edited with (the editor adds its team and groups). */
function CategoryFields({
  form,
  set,
  problem,
  slugHint,
}: {
  form: CategoryForm;
  set: (key: keyof CategoryForm) => (e: { target: { value: string } }) => void;
  problem: FormErrors | null;
  slugHint: string;
}) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('admin.categories.name')}
        name="name"
        value={form.name}
        onChange={set('name')}
        error={problem?.fields.name}
      />
      <TextField
        label={t('admin.categories.slug')}
        name="slug"
        value={form.slug}
        onChange={set('slug')}
        hint={slugHint}
        error={problem?.fields.slug}
      />
      <TextField
        label={t('admin.categories.description')}
        name="description"
        value={form.description}
        onChange={set('description')}
        error={problem?.fields.description}
      />
      <TextField
        label={t('admin.categories.responseTarget')}
        name="responseTargetMinutes"
        type="number"
        min={1}
        max={43200}
        value={form.responseTargetMinutes}
        onChange={set('responseTargetMinutes')}
        hint={t('admin.categories.responseTargetHint')}
        error={problem?.fields.responseTargetMinutes}
      />
    </>
  );
}
