import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CategoryEntity } from './category.entity';

export interface NewCategory {
  slug: string;
  name: string;
  description?: string;
  position?: number;
  responseTargetMinutes?: number;
}

@Injectable()
export class CategoriesService {
  constructor(@InjectRepository(CategoryEntity) private readonly categories: Repository<CategoryEntity>) {}

  list(): Promise<CategoryEntity[]> {
    return this.categories.find({ order: { position: 'ASC', name: 'ASC' } });
  }

  findBySlug(slug: string): Promise<CategoryEntity | null> {
    return this.categories.findOne({ where: { slug } });
  }

  /** Inserts the category unless one with its slug exists; returns whether it was created. */
  async ensure(category: NewCategory): Promise<boolean> {
    const result = await this.categories.createQueryBuilder().insert().values(category).orIgnore().execute();
    return (result.raw as unknown[]).length > 0;
  }
}
