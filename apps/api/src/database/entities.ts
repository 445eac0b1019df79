// Every TypeORM entity, listed once; the data source, the drift check and the migration generator read this list.
import { AccountEntity } from '../accounts/account.entity';
import { SessionEntity } from '../accounts/session.entity';
import { CategoryEntity } from '../categories/category.entity';
import { SystemStateEntity } from '../system/system-state.entity';

export const ENTITIES = [AccountEntity, SessionEntity, CategoryEntity, SystemStateEntity];
