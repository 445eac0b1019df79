import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { CategoriesModule } from '../categories/categories.module';
import { CategoryPermissionEntity, GroupEntity, GroupMemberEntity } from './group.entity';
import { CategoryPermissionsResolver, GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const GROUPS_RESOLVERS = [GroupsResolver, CategoryPermissionsResolver];

/** Groups, their members, and which groups read and post in each category. */
@Module({
  imports: [
    TypeOrmModule.forFeature([GroupEntity, GroupMemberEntity, CategoryPermissionEntity]),
    AccountsModule,
    CategoriesModule,
  ],
  providers: [GroupsService, ...GROUPS_RESOLVERS],
  exports: [GroupsService],
})
export class GroupsModule {}
