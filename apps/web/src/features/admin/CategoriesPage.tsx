// /admin/categories: create, edit, reorder and archive categories; each one's response target and default team.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toFormErrors, type FormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import type { AdminCategoriesQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/SelectField';
import { Status } from '../../ui/Status';
import { TextField } from '../../ui/TextField';
import {
  AdminCategoriesDocument,
  CreateCategoryDocument,
  ReorderCategoriesDocument,
  SetCategoryDefaultTeamDocument,
  SetCategoryPermissionsDocument,
  UpdateCategoryDocument,
} from './admin.documents';

type Category = AdminCategoriesQuery['categories'][number];
type Team = AdminCategoriesQuery['teams'][number];
type Group = AdminCategoriesQuery['groups'][number];
const refetch = { refetchQueries: [{ query: AdminCategoriesDocument }], awaitRefetchQueries: true };

/** "4 hours", "2 days", "90 minutes". */
function formatMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
  return `${minutes} minutes`;
}

export function CategoriesPage() {
  const { data, loading, error } = useQuery(AdminCategoriesDocument);
  const [reorder] = useMutation(ReorderCategoriesDocument, refetch);
  const [problem, setProblem] = useState<string | null>(null);
  if (loading) return <Status>Loading…</Status>;
  if (error || !data)
    return <ErrorAlert>{error?.message ?? 'The categories could not be loaded.'}</ErrorAlert>;
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
      <PageTitle>Categories</PageTitle>
      <h1>Categories</h1>
      <p className="muted">
        Shown on the home page in this order. Archiving hides a category from the lists and closes it to new
        threads; its threads stay readable at their addresses.
      </p>
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
    }, 'Saved.');
  };
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <section className="panel" aria-labelledby={titleId}>
      <div className="panel__head">
        <h2 id={titleId} className="panel__title">
          {category.name}
          {category.archivedAt ? <span className="muted"> · archived</span> : null}
        </h2>
        <div className="row-actions">
          <Button
            variant="quiet"
            disabled={first}
            onClick={() => onMove(-1)}
            aria-label={`Move ${category.name} up`}
          >
            ↑
          </Button>
          <Button
            variant="quiet"
            disabled={last}
            onClick={() => onMove(1)}
            aria-label={`Move ${category.name} down`}
          >
            ↓
          </Button>
          <Button variant="secondary" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {open ? 'Close' : 'Edit'}
          </Button>
        </div>
      </div>
      <p className="muted">
        <Link to={`/c/${category.slug}`}>/c/{category.slug}</Link> · {category.threadCount} threads · team
        replies within {formatMinutes(category.responseTargetMinutes)}
        {category.defaultTeam ? ` · new questions go to ${category.defaultTeam.name}` : ''}
        {' · '}
        {category.permissions?.read.length
          ? `private: ${category.permissions.read.map((g) => g.name).join(', ')}`
          : 'public'}
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
            slugHint="Its address: /c/slug. Changing it breaks links people saved."
          />
          <SelectField label="Default team" name="teamId" value={form.teamId} onChange={set('teamId')}>
            <option value="">Nobody (unassigned)</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </SelectField>
          <GroupChoice
            legend="Who may read"
            hint="No group ticked: everyone, visitors included. Staff always see every category."
            name={`read-${category.id}`}
            groups={groups}
            chosen={read}
            onChange={setRead}
          />
          <GroupChoice
            legend="Who may post"
            hint="No group ticked: everyone who can read."
            name={`post-${category.id}`}
            groups={groups}
            chosen={post}
            onChange={setPost}
          />
          <div className="row-actions">
            <Button type="submit">Save</Button>
            <Button
              variant="secondary"
              onClick={() =>
                void run(
                  () =>
                    update({
                      variables: { input: { categoryId: category.id, archived: !category.archivedAt } },
                    }),
                  category.archivedAt ? 'Back in the lists.' : 'Archived: no new threads here.',
                )
              }
            >
              {category.archivedAt ? 'Unarchive' : 'Archive'}
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
  return (
    <CheckboxGroup
      legend={legend}
      hint={hint}
      name={name}
      value={chosen}
      onChange={onChange}
      empty={<p className="muted">No groups yet: create them on the Groups page.</p>}
      options={groups.map((g) => ({
        value: g.id,
        label: (
          <>
            {g.name} <span className="muted">({g.memberCount} members)</span>
          </>
        ),
      }))}
    />
  );
}

function NewCategory({ position }: { position: number }) {
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
        New category
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} className="form" noValidate>
        {problem ? <ErrorAlert>{problem.message}</ErrorAlert> : null}
        <CategoryFields
          form={form}
          set={set}
          problem={problem}
          slugHint="Lower-case letters, digits and hyphens, e.g. beta-testers."
        />
        <div>
          <Button type="submit">Create category</Button>
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
  return (
    <>
      <TextField
        label="Name"
        name="name"
        value={form.name}
        onChange={set('name')}
        error={problem?.fields.name}
      />
      <TextField
        label="Slug"
        name="slug"
        value={form.slug}
        onChange={set('slug')}
        hint={slugHint}
        error={problem?.fields.slug}
      />
      <TextField
        label="Description"
        name="description"
        value={form.description}
        onChange={set('description')}
        error={problem?.fields.description}
      />
      <TextField
        label="Response target (minutes)"
        name="responseTargetMinutes"
        type="number"
        min={1}
        max={43200}
        value={form.responseTargetMinutes}
        onChange={set('responseTargetMinutes')}
        hint="From a question to its first official answer; 1440 is a day."
        error={problem?.fields.responseTargetMinutes}
      />
    </>
  );
}
