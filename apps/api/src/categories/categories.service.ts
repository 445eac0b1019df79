import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isUuid } from '../common/connection';
import { Guardian } from '../guardian/guardian';
import { badInput, notFound } from '../common/errors';
import { entityRows, EntityRows } from '../common/entity-rows';
import { Loaders, loaderFor } from '../common/loaders';
import { CategoryEntity } from './category.entity';
import { CreateCategoryInput, ReorderCategoriesInput, UpdateCategoryInput } from './categories.inputs';
import { inTransaction } from '../database/transaction';
import { msg } from '../i18n/translate';

export interface NewCategory {
  slug: string;
  name: string;
  description?: string;
  position?: number;
  responseTargetMinutes?: number;
}

@Injectable()
export class CategoriesService {
  private rowReader?: EntityRows<CategoryEntity>;

  constructor(@InjectRepository(CategoryEntity) private readonly categories: Repository<CategoryEntity>) {}

  /** Every category the viewer may read (private ones only for their groups and staff), in display order. */
  async list(guardian: Guardian): Promise<CategoryEntity[]> {
    const all = await this.categories.find({ order: { position: 'ASC', name: 'ASC' } });
    return all.filter((c) => guardian.posts.canReadCategory(c.id));
  }

  /** The category, unless it is private to groups the viewer is not in (then as if it did not exist). */
  async findBySlug(guardian: Guardian, slug: string): Promise<CategoryEntity | null> {
    const category = await this.categories.findOne({ where: { slug } });
    return category && guardian.posts.canReadCategory(category.id) ? category : null;
  }

  load(loaders: Loaders, id: string): Promise<CategoryEntity | null> {
    return loaderFor<string, CategoryEntity>(
      loaders,
      'categoryById',
      // The statement `find({ where: { id: In(ids) } })` runs, without TypeORM building it for every page.
      (ids) => (this.rowReader ??= entityRows(this.categories.manager.connection, CategoryEntity)).byIds(ids),
      (c) => c.id,
    ).load(id);
  }

  findById(id: string): Promise<CategoryEntity | null> {
    return isUuid(id) ? this.categories.findOne({ where: { id } }) : Promise.resolve(null);
  }

  private async assertSlugFree(slug: string, exceptId?: string): Promise<void> {
    const other = await this.categories.findOne({ where: { slug } });
    if (other && other.id !== exceptId)
      throw badInput('slug', msg('errors.categories.slugTaken', { slug, category: other.name }));
  }

  async create(guardian: Guardian, input: CreateCategoryInput): Promise<CategoryEntity> {
    guardian.ensure(guardian.categories.canManage());
    await this.assertSlugFree(input.slug);
    return this.categories.save(this.categories.create({ ...input }));
  }

  async update(guardian: Guardian, input: UpdateCategoryInput): Promise<CategoryEntity> {
    guardian.ensure(guardian.categories.canManage());
    const category = await this.findById(input.categoryId);
    if (!category) throw notFound('category');
    if (input.slug) await this.assertSlugFree(input.slug, category.id);
    const { categoryId: _, archived, ...changes } = input;
    if (archived === true && !category.archivedAt) category.archivedAt = new Date();
    if (archived === false) category.archivedAt = null;
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined && value !== null) Object.assign(category, { [key]: value });
    }
    return this.categories.save(category);
  }

  /** Puts the categories in the given order (positions 0, 1, 2, …); the list must name every category once. */
  async reorder(guardian: Guardian, input: ReorderCategoriesInput): Promise<CategoryEntity[]> {
    guardian.ensure(guardian.categories.canManage());
    const all = await this.categories.find();
    const ids = new Set(input.categoryIds);
    const missing = all.filter((c) => !ids.has(c.id));
    if (ids.size !== input.categoryIds.length || ids.size !== all.length || missing.length) {
      throw badInput('categoryIds', msg('errors.categories.reorder'));
    }
    await inTransaction(this.categories.manager.connection, async (manager) => {
      for (const [position, id] of input.categoryIds.entries())
        await manager.getRepository(CategoryEntity).update({ id }, { position });
    });
    return this.list(guardian);
  }

  /** Inserts the category unless one with its slug exists; returns whether it was created. */
  async ensure(category: NewCategory): Promise<boolean> {
    const result = await this.categories.createQueryBuilder().insert().values(category).orIgnore().execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** Where a category's new questions are routed (a care team; null for nobody). */
  async setDefaultTeam(categoryId: string, teamId: string | null): Promise<CategoryEntity> {
    const category = await this.findById(categoryId);
    if (!category) throw notFound('category');
    await this.categories.update({ id: category.id }, { defaultTeamId: teamId });
    return Object.assign(category, { defaultTeamId: teamId });
  }
}
