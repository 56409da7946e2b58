import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Unit } from './unit.entity';
import { UnitGroup } from './unit-group.entity';
import { UnitGroupsService } from './unit-groups.service';
import { UnitsService } from './units.service';
import { OrganizationDirectoryService } from './organization-directory.service';

@Module({
  imports: [TypeOrmModule.forFeature([Unit, UnitGroup])],
  providers: [UnitsService, UnitGroupsService, OrganizationDirectoryService],
  exports: [UnitsService, UnitGroupsService, OrganizationDirectoryService],
})
export class OrganizationsModule {}
